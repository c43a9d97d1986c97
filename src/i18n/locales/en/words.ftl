## The domain's names: roles, states, statuses, the scale.

role-secretariat = Secretariat
role-expert = Expert
role-city = City coordinator

cycle-state-draft = Draft
cycle-state-collecting = Collecting reports
cycle-state-reviewing = In review
cycle-state-reconciling = Reconciling
cycle-state-published = Published
cycle-state-archived = Archived

deadline-submission = Submission
deadline-review = Review
deadline-reconciliation = Reconciliation

report-state-draft = Draft
report-state-submitted = Submitted
report-state-returned = Returned for correction

queue-status-open = Ratings missing
queue-status-agreed = Agreed
queue-status-disagreement = Disagreement
queue-status-moderation = Waiting for moderation
queue-status-moderated = Moderated

method-agreed = agreed
method-agreed-after-revision = agreed after revision
method-moderated = moderated

source-official = Official data
source-survey = Survey results
source-official-or-survey = Official data or survey
source-expert-review = Experts' review

check-status-unchecked = Not checked yet
check-status-verified = Verified by the secretariat
check-status-queried = Queried by the secretariat
check-status-answered = Answered, to be checked again
check-status-changed = Changed since it was verified

score-5 = Excellent
score-4 = Very good
score-3 = Good
score-2 = Fair
score-1 = Poor

# $letter: A, B, C …
reviewer-letter = Reviewer { $letter }

author-you = You
author-a-reviewer = A reviewer
author-chair = The panel's chair
author-secretariat = The secretariat

continuity-off = Not considered
continuity-prefer = Preferred, for comparability
continuity-avoid = Avoided, for fresh eyes
region-africa = Africa
region-arab-states = Arab States
region-asia-pacific = Asia and the Pacific
region-europe-north-america = Europe and North America
region-latin-america-caribbean = Latin America and the Caribbean
