## Bar charts and small charts over time (legends and the values written under a trend).

# The legend of the bars: the current cycle, beside the thin mark of the previous one.
charts-this-cycle = This cycle
# A cycle's value under a trend chart: "2024: 3.5" (the value follows, in bold).
charts-trend-point = { $label }:
