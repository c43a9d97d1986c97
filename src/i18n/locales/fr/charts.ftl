## Diagrammes en barres et petits graphiques d’évolution.

charts-this-cycle = Ce cycle
charts-trend-point = { $label } :
