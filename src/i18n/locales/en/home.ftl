## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = Welcome
home-welcome-heading = Expert review of learning cities
home-welcome-lead = lcreview runs the peer review of learning cities' reports: the secretariat opens review cycles, cities submit their reports, independent experts rate the qualitative measurements on a five-point scale, reconcile their disagreements, and each city reads its consensus scores and feedback on its own profile.
home-sign-in = Sign in
home-framework = The framework
# Before a link whose text is the framework edition's title.
home-framework-before-link = Reviews follow
# After the link. $measurements: all measurements; $expert_review: those rated by the experts
home-framework-after-link = : { $measurements } measurements, of which { $expert_review } are rated by experts' review.
home-api = For scripts
# Before the link home-api-link.
home-api-before-link = The JSON API is described in its
home-api-link = OpenAPI document
# After the link, before the example header "Authorization: Bearer …".
home-api-after-link = . Calls authenticate with a personal token:
# After the example header.
home-api-end = {"."}

## The secretariat's home page.

home-secretariat-title = Secretariat
home-secretariat-lead = Run the review: cycles, people, cities, and publication.
# Each item: a link, then its text, which brings its own space or punctuation after the link.
home-secretariat-cycles = Review cycles
home-secretariat-cycles-text = : open a cycle, follow reports, assignment, ratings and reconciliation, and publish.
home-secretariat-network = The network
home-secretariat-network-text = : cities per state and how published scores are spread, without ranking.
home-secretariat-users = Users
# $count: user accounts
home-secretariat-users-text = {" "}— { $count } account(s); invite experts, city coordinators and colleagues.
home-secretariat-cities = Cities
# $count: registered cities
home-secretariat-cities-text = {" "}— { $count } registered.
home-secretariat-framework = The framework
home-secretariat-framework-text = {" "}the review follows.

## The city coordinator's home page.

home-city-title = Your city
home-city-lead = City coordinator's page
home-city-country = Country
home-city-region = Region
home-city-languages = Report languages
home-city-institutions = Institutions
home-city-institutions-none = none recorded
# Between the names of the city's institutions.
home-institutions-separator = {"; "}
home-city-institutions-change = Change
home-city-next = What to do next
# $cycle: a review cycle's name, before what the city has to do in it
home-city-cycle-name = { $cycle }:
home-city-open-report = Open the report
home-city-letter = The results letter
home-city-profile = Your city's profile: published results
home-city-reports = Your reports
home-city-no-reports = When a review cycle opens, your city's report appears here to write and submit; published scores and feedback appear on your city's profile.
home-table-scroll = Table (scrolls sideways on a narrow screen)
home-col-review-cycle = Review cycle
home-col-cycle = Cycle
home-col-your-report = Your report
home-city-unbound = Your account is not bound to a city. Please contact the secretariat.

## What the city has to do next in a cycle.

home-next-wait = The cycle is being prepared: nothing to do yet.
# $deadline: the submission deadline (day, time and time zone)
home-next-write = Write your report and submit it by { $deadline }.
home-next-resubmit = The secretariat returned your report: read their message, change it and submit it again.
home-next-submitted = Your report is submitted: nothing to do until the results are published.
home-next-in-review = The experts are reviewing your report; the results will appear on your profile.
home-next-out-of-review = Your report was not submitted when the review started: it is not part of this review.
home-next-read-results = The results are published: read them on your profile.
