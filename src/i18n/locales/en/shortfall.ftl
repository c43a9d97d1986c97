## Why a bundle could not be filled (the assignment page and the API's `unassigned`).

shortfall-too-few = { $panel } panel, { $city }: { $eligible } eligible expert(s), { $needed } needed
shortfall-at-capacity = { $panel } panel, { $city }: { $eligible } eligible expert(s) but only { $assigned } of { $needed } could be assigned: the others are at capacity
# Between the first sentence and the list of reasons.
shortfall-then = {"; "}
shortfall-no-member = the panel has no member
# $detail: the conflicts by kind, e.g. "3 same country, 1 declared conflict".
shortfall-conflicts = { $count } excluded by conflict ({ $detail })
shortfall-home-city = { $count } their own city
shortfall-same-country = { $count } same country
shortfall-same-institution = { $count } same institution
shortfall-declared = { $count } declared conflict
shortfall-language = { $count } by language
shortfall-without-profile = { $count } without a profile
