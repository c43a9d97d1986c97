## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = Expert profile
experts-profile-heading = Profile of { $name }
experts-profile-intro = Used to assign reports: your languages, your areas of expertise, how many bundles you can take, and where you come from (you never review your own city or, unless the cycle allows it, your own country).
experts-country = Country
experts-country-hint = (ISO 3166-1 alpha-2, e.g. BR)
experts-home-city = Home city
experts-home-city-hint = (if it is in the network)
experts-home-city-named-hint = (if it is in the network; add the country code if two cities share its name: Cork, IE)
experts-institution = Institution
experts-languages-read = Languages you read
experts-languages-hint = (ISO 639-1, comma-separated, e.g. en, pt)
experts-expertise-legend = Areas of expertise
experts-capacity = Capacity
experts-capacity-hint = (bundles per cycle)
experts-save-profile = Save the profile
experts-conflicts-heading = Conflicts of interest
experts-conflicts-none = None declared.
experts-city = City
experts-conflict-city-hint = (its name; add the country code if two share it)
experts-why = Why
experts-declare = Declare a conflict

experts-home-city-choose = home city: choose one from the list
experts-capacity-whole = capacity: a whole number
# $field: one of the experts-field-… words
experts-profile-refused = { $field }: { $message }
experts-field-country = country
experts-field-institution = institution
experts-field-languages = languages
experts-field-expertise = expertise
experts-field-capacity = capacity
experts-choose-city = choose a city
experts-profile-saved = The profile is saved.
experts-conflict-recorded = The conflict of interest is recorded.
experts-conflict-recorded-removed = The conflict of interest is recorded. The expert was taken off { $count } bundle(s) of that city in a cycle under way; their ratings of it are set aside.
experts-page-for-experts = This page is for experts.

## The list of experts

experts-list-title = Experts
experts-table-scroll = Table (scrolls sideways on a narrow screen)
experts-col-name = Name
experts-col-email = E-mail
experts-col-languages = Languages
experts-col-expertise = Expertise
experts-no-profile = no profile yet

## A panel

experts-panel-crumb = Panel
experts-panels-fixed = Panels are fixed once review starts.
experts-members = Members
experts-chair = Chair
experts-chair-hint = (a member; writes the feedback statements)
experts-measurements = Measurements (experts' review)
experts-save-panel = Save the panel
experts-panel-saved = The panel is saved.

experts-native-languages = Languages read natively
experts-native-languages-hint = (among those above, e.g. pt)
experts-regions-legend = Regions known well
experts-field-regions = regions
experts-field-native-languages = languages read natively
