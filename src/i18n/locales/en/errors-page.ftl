## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = Back to your start page

errors-page-title-400 = Bad Request
errors-page-title-401 = Unauthorized
errors-page-title-403 = Forbidden
errors-page-title-404 = Not Found
errors-page-title-409 = Conflict
errors-page-title-413 = Payload Too Large
errors-page-title-415 = Unsupported Media Type
errors-page-title-422 = Unprocessable Entity
errors-page-title-429 = Too Many Requests
errors-page-title-500 = Internal Server Error
errors-page-title-503 = Service Unavailable
errors-page-title-other = Error

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field }: { $message }
# $limit: a number of bytes
errors-page-too-large = the request body is larger than { $limit } bytes
errors-page-not-json = the request body must be JSON (Content-Type: application/json)
errors-page-too-many = too many requests from your address; try again in { $seconds } s
errors-page-unavailable = the database cannot be reached right now; try again in a moment
errors-page-internal = something went wrong on our side; it has been logged

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = { $what } not found
errors-page-not-found-cycle = cycle not found
errors-page-not-found-user = user not found
errors-page-not-found-city = city not found
errors-page-not-found-bundle = bundle not found
errors-page-not-found-page = page not found
errors-page-not-found-item = item not found
errors-page-not-found-framework-edition = framework edition not found
errors-page-not-found-expert = expert not found
errors-page-not-found-report = report not found
errors-page-not-found-statistic = statistic not found
errors-page-not-found-panel = panel not found
errors-page-not-found-message = message not found
errors-page-not-found-measurement = measurement not found
errors-page-not-found-extension = extension not found
errors-page-not-found-token = token not found
errors-page-not-found-template = template not found
errors-page-not-found-sign-in-provider = sign-in provider not found
errors-page-not-found-route = route not found
errors-page-not-found-rating = rating not found
errors-page-not-found-profile = profile not found
errors-page-not-found-object = object not found
errors-page-not-found-language = language not found

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = The submission deadline
errors-page-field-review-deadline = The review deadline
errors-page-field-reconciliation-deadline = The reconciliation deadline
errors-page-field-city = The city
errors-page-field-person = The person
errors-page-field-panel-size = The panel size
errors-page-field-min-justification = The shortest justification
errors-page-field-max-spread = The largest spread that counts as agreement
errors-page-field-revision-rounds = The number of revision rounds
errors-page-field-email = The e-mail address
errors-page-field-name = The name
errors-page-field-role = The role
errors-page-field-country = The country
errors-page-field-languages = The languages
errors-page-field-score = The score
errors-page-field-justification = The justification
errors-page-field-confidence = The confidence
errors-page-field-statement = The statement
errors-page-field-rationale = The rationale
errors-page-field-reason = The reason
errors-page-field-comment = The comment
errors-page-field-guidance = The guidance
errors-page-field-members = The members
errors-page-field-chair = The chair
errors-page-field-measurements = The measurements
errors-page-field-date = The date
errors-page-field-profile = Profile
errors-page-field-to = To
errors-page-field-message = Message
errors-page-field-label = Label
errors-page-field-institution = Institution
errors-page-field-institutions = Institutions
errors-page-field-expertise = Expertise
errors-page-field-capacity = Capacity
errors-page-field-region = Region
errors-page-field-experts = Experts
errors-page-field-expires-in-days = Expires in days
errors-page-field-answer = Answer
errors-page-field-question = Question
errors-page-field-status = Status
errors-page-field-limit = Limit
errors-page-field-before = Before
# A refusal about no field in particular
errors-page-field-this = This
