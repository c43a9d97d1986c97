## The secretariat's anonymous view of the whole network.

network-page-title = Network
network-heading = The network
network-lead = Where each cycle stands, and how the published consensus scores are spread across cities. Cities are counted, never ranked or named here.
network-cities-per-state = Cities per state
network-table-scroll = Table (scrolls sideways on a narrow screen)
network-col-cycle = Cycle
network-col-state = State
network-col-cities = Cities
network-col-draft = Reports in draft
network-col-submitted = Submitted
network-col-returned = Returned
network-published-scores = Published scores across cities
network-none-published = No cycle is published yet.
# The label of the list of published cycles.
network-cycle = Cycle
network-show = Show
# $cycle: a cycle's name
network-distribution-hint = Number of cities with each consensus score, per measurement, in { $cycle }.
network-distribution-title = Cities per consensus score (1 Poor to 5 Excellent)

network-over-time = The network over time
network-over-time-empty = Once two cycles are published, this shows how the scores across cities moved from one to the next.
network-over-time-hint = Across all cities of each published cycle, oldest first: the mean consensus score per area of focus, then each measurement's spread. Counts only: no city is named.
network-over-time-table = Scores across cities over time
network-over-time-caption = Per measurement and cycle: the median score, the number of cities, and how many got each score from 1 to 5
network-col-measurement = Measurement
# Followed by the median score.
network-median = median
network-cities = { $count } cities
