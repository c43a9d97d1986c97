## Столбчатые диаграммы и небольшие графики динамики.

charts-this-cycle = Текущий цикл
charts-trend-point = { $label }:
