## Gráficos de barras y pequeños gráficos de evolución.

charts-this-cycle = Este ciclo
charts-trend-point = { $label }:
