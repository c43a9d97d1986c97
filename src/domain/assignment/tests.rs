//! The solver against an independent exact check (brute force) on small instances, and its hard
//! constraints, determinism and withdrawal on random ones.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use proptest::prelude::*;

use super::*;

/// Every feasible assignment, exhaustively: the best (filled slots, objective), lexicographically.
fn brute_force(instance: &Instance, options: Options) -> (u64, i64) {
    let bundles = &instance.bundles;
    let eligible: Vec<Vec<i64>> = bundles
        .iter()
        .map(|b| {
            instance
                .eligible
                .iter()
                .filter(|p| p.bundle == b.id)
                .map(|p| p.expert)
                .collect()
        })
        .collect();
    let mut best = (0u64, i64::MIN);
    let mut choice: Vec<Vec<i64>> = vec![Vec::new(); bundles.len()];
    fn subsets(items: &[i64], max: usize) -> Vec<Vec<i64>> {
        let mut out = vec![Vec::new()];
        for &it in items {
            let mut more = Vec::new();
            for s in &out {
                if s.len() < max {
                    let mut t = s.clone();
                    t.push(it);
                    more.push(t);
                }
            }
            out.extend(more);
        }
        out
    }
    fn go(
        i: usize,
        instance: &Instance,
        eligible: &[Vec<i64>],
        choice: &mut Vec<Vec<i64>>,
        best: &mut (u64, i64),
        options: Options,
    ) {
        if i == instance.bundles.len() {
            let mut loads: HashMap<i64, u32> = HashMap::new();
            for c in choice.iter() {
                for e in c {
                    *loads.entry(*e).or_insert(0) += 1;
                }
            }
            if instance
                .experts
                .iter()
                .any(|e| loads.get(&e.id).copied().unwrap_or(0) + e.load > e.capacity)
            {
                return;
            }
            let assigned: BTreeMap<i64, Vec<i64>> = instance
                .bundles
                .iter()
                .zip(choice.iter())
                .map(|(b, c)| (b.id, c.clone()))
                .collect();
            let s = score(instance, assigned);
            let objective = if options.load_balancing {
                s.objective
            } else {
                s.affinity
            };
            if (s.filled_slots, objective) > *best {
                *best = (s.filled_slots, objective);
            }
            return;
        }
        for subset in subsets(&eligible[i], instance.bundles[i].k as usize) {
            choice[i] = subset;
            go(i + 1, instance, eligible, choice, best, options);
        }
        choice[i].clear();
    }
    go(0, instance, &eligible, &mut choice, &mut best, options);
    best
}

fn instance_strategy(max_bundles: usize, max_experts: usize, max_k: u32) -> impl Strategy<Value = Instance> {
    (1..=max_bundles, 1..=max_experts).prop_flat_map(move |(nb, ne)| {
        (
            prop::collection::vec(0..=3u32, ne),
            prop::collection::vec(1..=max_k, nb),
            // Few distinct affinities, so that ties (where load balancing decides) are common.
            prop::collection::vec(
                prop::option::of(prop::sample::select(vec![0u32, 5, AFFINITY_MAX])),
                nb * ne,
            ),
        )
            .prop_map(move |(caps, ks, pairs)| {
                // Ids deliberately not in index order, to exercise the ordering.
                let experts = caps
                    .iter()
                    .enumerate()
                    .map(|(i, c)| ExpertCapacity {
                        id: 100 + (i as i64 * 7) % 13,
                        capacity: *c,
                        load: 0,
                    })
                    .collect::<Vec<_>>();
                let mut seen = BTreeSet::new();
                let experts: Vec<ExpertCapacity> = experts.into_iter().filter(|e| seen.insert(e.id)).collect();
                let bundles: Vec<BundleNeed> = ks
                    .iter()
                    .enumerate()
                    .map(|(i, k)| BundleNeed {
                        id: (i as i64 * 5) % 11,
                        k: *k,
                    })
                    .collect();
                let mut seen = BTreeSet::new();
                let bundles: Vec<BundleNeed> = bundles.into_iter().filter(|b| seen.insert(b.id)).collect();
                let mut eligible = Vec::new();
                for (bi, b) in bundles.iter().enumerate() {
                    for (ei, e) in experts.iter().enumerate() {
                        if let Some(Some(a)) = pairs.get(bi * ne + ei) {
                            eligible.push(EligiblePair {
                                bundle: b.id,
                                expert: e.id,
                                affinity: *a,
                            });
                        }
                    }
                }
                Instance {
                    experts,
                    bundles,
                    eligible,
                }
            })
    })
}

fn check_constraints(instance: &Instance, s: &Solution) {
    let eligible: BTreeSet<(i64, i64)> = instance.eligible.iter().map(|p| (p.bundle, p.expert)).collect();
    for b in &instance.bundles {
        let experts = &s.assigned[&b.id];
        assert!(experts.len() <= b.k as usize, "bundle {} over k", b.id);
        let distinct: BTreeSet<_> = experts.iter().collect();
        assert_eq!(distinct.len(), experts.len(), "an expert twice on bundle {}", b.id);
        for e in experts {
            assert!(eligible.contains(&(b.id, *e)), "({}, {e}) not eligible", b.id);
        }
    }
    // The objective the solver reports is the one `score` computes from the assignment alone.
    assert_eq!(&score(instance, s.assigned.clone()), s, "the reported objective");
    let loads = s.loads();
    for e in &instance.experts {
        assert!(
            loads.get(&e.id).copied().unwrap_or(0) + e.load <= e.capacity,
            "expert {} over capacity",
            e.id
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn optimal_against_brute_force(instance in instance_strategy(4, 4, 2), balancing in any::<bool>()) {
        let options = Options { load_balancing: balancing };
        let s = solve(&instance, options).unwrap();
        check_constraints(&instance, &s);
        let objective = if balancing { s.objective } else { s.affinity };
        prop_assert_eq!((s.filled_slots, objective), brute_force(&instance, options));
    }

    #[test]
    fn hard_constraints_hold_and_order_does_not_matter(instance in instance_strategy(30, 12, 3)) {
        let s = solve(&instance, Options::default()).unwrap();
        check_constraints(&instance, &s);
        let mut shuffled = instance.clone();
        shuffled.experts.reverse();
        shuffled.bundles.reverse();
        shuffled.eligible.reverse();
        prop_assert_eq!(solve(&shuffled, Options::default()).unwrap(), s);
    }

    #[test]
    fn loads_carried_count_towards_capacity_and_objective(instance in instance_strategy(20, 8, 3), carried in prop::collection::vec(0..=2u32, 8)) {
        let mut instance = instance;
        for (e, c) in instance.experts.iter_mut().zip(carried) {
            e.load = c.min(e.capacity);
        }
        let s = solve(&instance, Options::default()).unwrap();
        check_constraints(&instance, &s);
    }

    #[test]
    fn withdrawal_changes_nothing_else(instance in instance_strategy(12, 8, 3), pick in any::<prop::sample::Index>()) {
        let s = solve(&instance, Options::default()).unwrap();
        let loaded: Vec<i64> = s.loads().keys().copied().collect();
        prop_assume!(!loaded.is_empty());
        let withdrawn = loaded[pick.index(loaded.len())];
        let after = refill(&instance, &s, withdrawn, Options::default()).unwrap();
        check_constraints(&instance, &after);
        for b in &instance.bundles {
            let before: Vec<i64> = s.assigned[&b.id].iter().copied().filter(|e| *e != withdrawn).collect();
            let now = &after.assigned[&b.id];
            prop_assert!(!now.contains(&withdrawn));
            for e in &before {
                prop_assert!(now.contains(e), "bundle {} lost expert {}", b.id, e);
            }
            if !s.assigned[&b.id].contains(&withdrawn) {
                prop_assert_eq!(now, &s.assigned[&b.id], "bundle {} changed", b.id);
            }
        }
    }
}

#[test]
fn balancing_spreads_the_load_and_affinity_wins_ties() {
    // Two bundles, two experts able to take both; with balancing each takes one.
    let instance = Instance {
        experts: vec![
            ExpertCapacity {
                id: 1,
                capacity: 2,
                load: 0,
            },
            ExpertCapacity {
                id: 2,
                capacity: 2,
                load: 0,
            },
        ],
        bundles: vec![BundleNeed { id: 1, k: 1 }, BundleNeed { id: 2, k: 1 }],
        eligible: vec![
            EligiblePair {
                bundle: 1,
                expert: 1,
                affinity: 10,
            },
            EligiblePair {
                bundle: 2,
                expert: 1,
                affinity: 10,
            },
            EligiblePair {
                bundle: 1,
                expert: 2,
                affinity: 10,
            },
            EligiblePair {
                bundle: 2,
                expert: 2,
                affinity: 10,
            },
        ],
    };
    let s = solve(&instance, Options::default()).unwrap();
    assert_eq!(s.loads().values().copied().collect::<Vec<_>>(), vec![1, 1]);
    assert_eq!((s.filled_slots, s.objective), (2, 20));
}

#[test]
fn bad_instances_are_refused() {
    // Costs the solver could not hold (each further bundle of this expert costs one more).
    let huge = Instance {
        experts: vec![ExpertCapacity {
            id: 1,
            capacity: u32::MAX,
            load: 0,
        }],
        bundles: vec![BundleNeed { id: 1, k: 1 }],
        eligible: vec![EligiblePair {
            bundle: 1,
            expert: 1,
            affinity: 5,
        }],
    };
    assert_eq!(solve(&huge, Options::default()), Err(InstanceError::TooLarge(4)));
    // Without load balancing the capacity costs nothing: solved.
    let plain = solve(&huge, Options { load_balancing: false }).unwrap();
    assert_eq!(plain.filled_slots, 1);

    let mut i = Instance {
        experts: vec![ExpertCapacity {
            id: 1,
            capacity: 1,
            load: 0,
        }],
        bundles: vec![BundleNeed { id: 1, k: 1 }],
        eligible: vec![EligiblePair {
            bundle: 1,
            expert: 2,
            affinity: 1,
        }],
    };
    assert_eq!(solve(&i, Options::default()), Err(InstanceError::UnknownPair(1, 2)));
    i.eligible = vec![EligiblePair {
        bundle: 1,
        expert: 1,
        affinity: 11,
    }];
    assert_eq!(
        solve(&i, Options::default()),
        Err(InstanceError::AffinityTooHigh(1, 1, 11))
    );
}
