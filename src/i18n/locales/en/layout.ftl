## The page shell: navigation, account, languages, footer, the confirmation step.

nav-home = Home
nav-cycles = Cycles
nav-network = Network
nav-users = Users
nav-experts = Experts
nav-cities = Cities
nav-outbox = Outbox
nav-audit = Audit log
nav-framework = Framework
nav-history = My past reviews
nav-profile = My profile

layout-skip = Skip to content
layout-main-nav = Main
layout-languages = Languages
layout-settings = My settings
layout-sign-out = Sign out
layout-sign-in = Sign in
layout-footer = lcreview runs the expert review of learning cities' reports against the UNESCO Global Network of Learning Cities' Key Features of Learning Cities. Cities are compared only with their own earlier cycles, never ranked.

confirm-warning = Please confirm. This cannot be undone.
confirm-cancel = Cancel
