list-separator = 、
framework-unofficial = 框架文本为 lcreview 制作的非官方译本；以联合国教科文组织《学习型城市的主要特征》英文文本为准。
