## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

# $cycle: the cycle's name
assignment-title = Assignment — { $cycle }
assignment-breadcrumb-cycles = Review cycles
assignment-breadcrumb = Assignment
assignment-heading = Assignment of experts
# $count: the panel size (experts per report and panel)
assignment-intro = Each submitted report gets { $count } experts per panel: panel members without a conflict of interest, who read the report's language and have room left; affinity (expertise in the panel's areas of focus) is maximised and load balanced.
assignment-run = Run the assignment
assignment-confirm = Confirm this proposal
assignment-proposal-empty = This proposal assigns nothing, so there is nothing to confirm: add panel members or wait for submitted reports, then run it again.
# $state: the cycle's state (cycle-state-…)
assignment-not-collecting = The assignment is run and confirmed while reports are collected; the cycle is now { $state }.
assignment-none = No assignment yet. Run one once reports are submitted.
assignment-proposal = Proposal (not yet in force)
assignment-in-force = Assignment in force
# $objective: a whole number, the solver's score of the assignment
assignment-objective = Objective: { $objective } (affinity minus load-balancing penalty; higher is better).
assignment-table-scroll = Table (scrolls sideways on a narrow screen)
assignment-col-city = City
# $count: places still empty in a bundle
assignment-missing = { $count } missing
# A link to change a bundle; assignment-change-which follows it for screen readers.
assignment-change = change
# $city: a city's name; $panel: a panel's name
assignment-change-which = the experts of { $city }, { $panel }
assignment-unfilled = Bundles without enough experts
assignment-load = Load per expert
assignment-chart-title = Bundles per expert
assignment-chart-description = the bar is the expert's bundles, the thin mark their capacity
assignment-chart-capacity = Capacity (the thin mark)
# $load: bundles assigned; $capacity: bundles the expert can take
assignment-load-of = { $load } of { $capacity }
# $id: a user's number, for an account without a name
assignment-user-id = user { $id }
assignment-confirm-adds = Confirming adds the proposal to the assignment already in force.
assignment-withdraw-heading = Withdraw an expert
assignment-withdraw-text = The expert leaves every bundle of this cycle and its panels. While reports are collected or reviewed, only their places are filled again, by the same rules; in reconciliation nobody replaces them and their last submitted scores stand. They are told by e-mail.
assignment-withdraw-expert = Expert
assignment-withdraw = Withdraw
assignment-choose-expert = choose an expert

## Changing one bundle.

assignment-bundle-title = Change a bundle
# $panel: the panel's name; $city: the city's name
assignment-bundle-heading = { $panel } panel — { $city }
# $count: the panel size
assignment-bundle-choose = Choose up to { $count } experts of the panel
assignment-bundle-rules = The same rules hold as for the automatic assignment: no conflict of interest, the report's language, capacity.
assignment-bundle-save = Save

## After an action.

assignment-done-run = A new proposal is ready: check it, change bundles if needed, then confirm.
assignment-done-confirm = The assignment is in force; the review items exist.
assignment-done-withdraw = The expert is withdrawn; their places are refilled where the cycle allows it, and they are told.
assignment-done-bundle = The bundle was changed.

# Why this expert: the panel's areas of focus in their expertise ($codes: "3.1, 3.2").

assignment-why = ({ $parts })
assignment-why-separator = {"; "}
assignment-why-expertise = expertise: { $codes }, { $shared } of { $areas } areas of focus
assignment-why-no-expertise = no area of focus of the panel in their expertise
assignment-why-region = knows the region ({ $region })
assignment-why-native = reads { $language } natively
assignment-why-reviewed = reviewed this city in its previous cycle
assignment-why-new = new to this city
assignment-why-affinity = affinity { $affinity } of { $max }
