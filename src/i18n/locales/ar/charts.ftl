## الرسوم البيانية الشريطية والرسوم الصغيرة لتطور القيم.

charts-this-cycle = هذه الدورة
charts-trend-point = { $label }:
