## A city's profile: its published results cycle by cycle, over time, and its results letter.

# $value, $previous: mean scores such as 3.5; $change: the difference with its sign, such as +0.5
profile-chart-value-previous = { $value } (previous cycle { $previous }, { $change })
profile-chart-title = Consensus score by area of focus
profile-chart-description = the mean of the area's measurements, on the scale from 1 Poor to 5 Excellent
profile-chart-previous-legend = The previous cycle (the thin mark)

profile-over-time = Over time
profile-each-focus-area = Each area of focus, cycle by cycle
profile-each-focus-area-hint = The mean consensus score of the area's measurements in each published cycle, on the scale from 1 Poor to 5 Excellent.
profile-each-measurement = Each measurement
profile-each-measurement-hint = Each experts'-review measurement in every published cycle, oldest first (1 Poor to 5 Excellent).
profile-scores-over-time = Scores over time
profile-statistics = Statistics
profile-statistics-hint = Each statistic the city reported, in every published cycle (the total, or the single value).
profile-statistics-over-time = Statistics over time

# $city: the city's name
profile-page-title = { $city } — profile
profile-lead = Results of the expert review of { $city }'s reports as a learning city. A city is compared only with its own earlier cycles.
profile-download-csv = Download as CSV
profile-download-json = as JSON
profile-none-published = No result is published yet.
profile-published-cycles = Published cycles
# Followed by the list of published cycles.
profile-history = History:
# $date: a date, e.g. 29 Nov 2026
profile-published = Published { $date }
# $cycle: a cycle's name
profile-letter-link = The results letter of { $cycle } (to print)
# $code: e.g. 1.1.1; $title: the key feature's title, from the framework
profile-key-feature = Key feature { $code }: { $title }
# $score: 1 to 5; $label: the scale's word for it (Excellent … Poor)
profile-own-rating = The city's own rating: { $score } { $label }
profile-action-plan = The city's action plan:
profile-action-plan-summary = Your action plan for { $cycle }: what the city will do about each feedback
profile-save-action-plan = Save the action plan
profile-saved = Your action plan is saved.
# $message: why the plan was not saved
profile-not-saved = Not saved: { $message }

profile-statistics-reported = Statistics the city reported
profile-table-scroll = Table (scrolls sideways on a narrow screen)
profile-col-measurement = Measurement
profile-col-year = Year
profile-col-values = Values
profile-col-source = Source
profile-col-checked = Checked
# Followed by the city's reason.
profile-not-available = Not available:

## The results letter.

profile-letter-title = { $city } — results of { $cycle }
profile-letter-back = Back to the profile
profile-letter-print = Print this page, or save it as a PDF, from your browser.
profile-letter-network = UNESCO Global Network of Learning Cities · expert review
profile-letter-heading = { $city }: results of { $cycle }
profile-letter-intro = The expert panels have completed the review of { $city }'s report. For each measurement that experts judge, this letter gives the panels' consensus score (5 Excellent, 4 Very good, 3 Good, 2 Fair, 1 Poor) and their statement. A city is compared only with its own earlier cycles, never ranked.
