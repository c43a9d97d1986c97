## Reconciliation: the queue, an item (ratings of every round, moderation, the statement), and the
## agreement dashboard.

consensus-queue-title = Reconciliation
consensus-filter-status = Status
consensus-filter-panel = Panel
consensus-filter-city = City
consensus-filter-measurement = Measurement
consensus-filter-sort = Sort
consensus-filter-any = any
consensus-sort-city = by city
consensus-sort-measurement = by measurement
consensus-sort-spread = by spread, largest first
consensus-filter-show = Show
# The English keeps "item(s)": $count is any number, 0 included.
consensus-items-shown = { $count } item(s) shown.
consensus-table-scroll = Table (scrolls sideways on a narrow screen)
consensus-col-select = Select
consensus-col-city = City
consensus-col-panel = Panel
consensus-col-measurement = Measurement
consensus-col-scores = Scores
consensus-col-median = Median
consensus-col-spread = Spread
consensus-col-status = Status
consensus-col-consensus = Consensus
consensus-col-statement = Statement
# The label of a row's checkbox, for screen readers: "Select Almaty 3.2.1".
consensus-select-item = Select { $city } { $measurement }
# An item's status in the queue and on its page.
consensus-status-open = open
consensus-status-agreed = agreed
consensus-status-disagreement = disagreement
consensus-status-moderation = moderation
consensus-status-moderated = moderated
consensus-own-item-short = you review it: the secretariat moderates
consensus-statement-written = written
consensus-statement-missing = missing
consensus-close-rounds-hint = Items in a revision round can be selected above and their round closed now, as at its deadline.
consensus-close-rounds = Close the revision round of the selected items

# The consensus as a table shows it: "4 (agreed)"; $method is "agreed", "agreed after revision" or "moderated".
consensus-score-method = { $score } ({ $method })
# An item page's title: "Almaty: 3.2.1 Participation in learning".
consensus-item-title = { $city }: { $measurement } { $name }
consensus-item-nav = The panel's items
consensus-item-previous = ← Previous item
consensus-item-next = Next item →
consensus-item-position = Item { $position } of { $total } of the panel
consensus-fact-status = Status
consensus-fact-median = Median now
consensus-fact-consensus = Consensus
consensus-fact-rationale = Rationale
consensus-narrative = The city's report for this measurement
consensus-no-narrative = No narrative.
consensus-ratings-heading = Ratings, every round
consensus-col-reviewer = Reviewer
consensus-col-round = Round
consensus-col-score = Score
consensus-col-justification = Justification
consensus-set-aside = (set aside: conflict of interest)
consensus-own-item = You review this item: you see its ratings once yours for the round is in, and the secretariat, not you, sets its consensus if it comes to moderation.
consensus-reopen-heading = Reopen a submitted rating
consensus-reopen-intro = A submitted rating is final for its round. To let a reviewer correct a mistake, reopen it: it becomes a draft again and the reviewer is told why.
consensus-reopen-reviewer = Reviewer
consensus-reopen-reason = Reason
consensus-reopen-reason-hint = (sent to the reviewer; at least 10 characters)
consensus-reopen-button = Reopen the rating
consensus-moderation-heading = Moderation
consensus-moderation-intro = The ratings still disagree after the last revision round: set the consensus score, with your rationale.
consensus-moderation-score = Score
consensus-moderation-rationale = Rationale
consensus-moderation-button = Set the consensus
consensus-statement-heading = Feedback statement for the city
consensus-statement-label = Statement
consensus-statement-hint = (the city reads it with its score)
consensus-statement-save = Save the statement
consensus-statement-save-next = Save and go to the next without one

# Messages after a change, and refusals.
consensus-forbidden-queue = This page is for panel chairs and the secretariat.
consensus-forbidden-item-page = This page is for the panel's chair and the secretariat.
consensus-forbidden-change = This is for the panel's chair and the secretariat.
consensus-choose-score = Choose a score.
consensus-choose-reviewer = choose a reviewer
consensus-set = The consensus is set.
consensus-statement-saved = The statement is saved.
consensus-statement-saved-last = The statement is saved. No later item of the panel is without one.
consensus-reopened = The rating is open again; the reviewer is told why.

# The agreement dashboard (the secretariat's).
consensus-agreement-title = Agreement
consensus-agreement-heading = Agreement between reviewers
consensus-alpha-first = Krippendorff's alpha (ordinal), first round
consensus-alpha-final = Krippendorff's alpha (ordinal), final
consensus-exact-agreement = Exact agreement, first round
consensus-adjacent-agreement = Adjacent agreement (within one point)
# Written where a statistic cannot be computed (too few ratings).
consensus-not-available = n/a
consensus-alpha-per-panel = Alpha per panel (final ratings)
consensus-alpha-chart-title = Agreement per panel
consensus-alpha-chart-description = Krippendorff's alpha (ordinal) of the final ratings, from 0 (chance) to 1 (full agreement)
consensus-distribution-heading = Score distribution per measurement (first round)
# $poor and $excellent: the scale's words for 1 and 5.
consensus-distribution-caption = First-round scores per measurement (1 { $poor } to 5 { $excellent })
consensus-deviation-heading = Each expert's deviation from the consensus
consensus-deviation-intro = For the secretariat only. Positive: more lenient than the consensus; negative: stricter.
consensus-col-expert = Expert
consensus-col-mean-deviation = Mean deviation
consensus-col-mean-absolute-deviation = Mean absolute deviation
consensus-col-items = Items
