## The report editor: a city writes its report, the secretariat checks its figures, the city answers.

# $city: the city's name
reports-page-title = { $city } — report
reports-heading = Report of { $city }
reports-state = State:
reports-returned = Returned by the secretariat for correction:
reports-submitted-locked = This report is submitted and locked. The secretariat can return it for correction.
# Followed by links to the figures, separated by reports-list-separator and ended by reports-sentence-end.
reports-questions-open = The secretariat asks about { $count } figure(s) of this report:
reports-list-separator = {", "}
reports-sentence-end = {"."}
reports-language = Language of the report
reports-narratives = Narratives, for the experts' review
reports-narratives-hint = Describe, with evidence, what the city does. Each is read and rated 1–5 by a panel of independent experts.
reports-narrative = Narrative
reports-links = Evidence links
reports-links-hint = (one web address per line)
reports-self-rating = The city's own rating
reports-self-rating-hint = (optional; reviewers see it only after their own rating, the profile beside the consensus)
reports-statistics = Statistics
reports-statistics-hint = Leave empty what the city does not report.
reports-year = Year
reports-source = Source
reports-figure-source-official = Official data
reports-figure-source-survey = Survey
reports-provided-by = Provided by
reports-not-available = Not available
reports-why-not-available = Why not available
reports-save-draft = Save draft
reports-submit = Submit the report
# Before the secretariat's question and the city's answer about a figure.
reports-question = Question:
reports-answer = Answer:
# $reason: the city's own words
reports-not-available-reason = Not available: { $reason }

reports-checking = Checking the figures
# $count: the report's figures; $waiting: those the secretariat has to look at
reports-checking-hint = { $count } figure(s); { $waiting } to look at. A check holds for the figure as it is: if the city changes it, it is to be checked again.
reports-col-measurement = Measurement
reports-col-figure = Figure
reports-col-stands = Where it stands
reports-col-decision = Your decision
reports-verified = Verified
# $code: a measurement's code, e.g. 1.1.1.2
reports-question-label = Question to the city about { $code }
reports-send-question = Send the question

reports-questions = Questions from the secretariat about your figures
reports-questions-hint = Answer in words; correct the figure too if it was wrong. A locked report takes a corrected figure all the same.
reports-answer-label = Your answer about { $code }
reports-corrected = Corrected figure
reports-corrected-hint = (leave as it is if it was right)
reports-send-answer = Send the answer
