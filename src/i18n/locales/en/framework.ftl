## The framework document: the words around the framework's own text (which comes from its data).

# $expert: the measurements judged by experts; $official, $survey, $either: the other measurements by source
framework-lead = { $areas } areas, { $focus_areas } areas of focus, { $features } key features and { $measurements } possible measurements. { $expert } of them are judged by experts' review; the others are statistics the city reports ({ $official } official data, { $survey } survey results, { $either } either).
framework-objective = The framework's objective is not to make distinctions between cities: each city's progress is seen in the context of its own history, and compared only with its own earlier reviews.
framework-scale = The rating scale
framework-contents = Contents
framework-unit = Unit
framework-reported-by = Reported by
framework-rated-by-experts = Rated by a panel of independent experts on the scale below.
