//! The assignment engine: put k distinct experts on every (city, panel) bundle.
//!
//! The solver works on an [`Instance`]: experts with a capacity, bundles needing k experts, and the
//! eligible (bundle, expert) pairs with their affinity — every hard constraint (panel membership,
//! conflicts of interest, language) is already applied by whoever builds the instance
//! ([`build`]). It fills as many slots as possible and, among those solutions, minimises
//!
//! ```text
//!   Σ over assigned pairs (AFFINITY_MAX − affinity)  +  LOAD_STEP · Σ over experts load·(load−1)/2
//! ```
//!
//! i.e. it maximises affinity and, with load balancing on, makes each extra bundle of one expert
//! cost one step more than the last (the convex cost of min-cost-flow reviewer assignment). The
//! reported `objective` is `Σ affinity − LOAD_STEP · Σ load·(load−1)/2`, higher is better.
//!
//! It is exact: a min-cost max-flow. Bundles with the same k and the same eligible experts (same
//! panel, language, country …) are solved as one class node whose demand is k × their number; each
//! expert can serve each bundle of the class once, so the class → expert arc has that number as its
//! capacity. Spreading a class's flow back over its bundles round-robin always succeeds and costs
//! the same, so the aggregation loses nothing. Deterministic: everything is ordered by id.
use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

pub mod affinity;
pub mod build;
pub mod flow;

/// Affinity runs from 0 (no expertise in the panel's areas) to this (all of them).
pub const AFFINITY_MAX: u32 = 10;
/// The cost of each further bundle on one expert, in affinity points.
pub const LOAD_STEP: i64 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertCapacity {
    pub id: i64,
    /// The most bundles this expert takes, in total.
    pub capacity: u32,
    /// Bundles the expert already carries (when refilling); they count towards capacity and load.
    #[serde(default)]
    pub load: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleNeed {
    pub id: i64,
    pub k: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EligiblePair {
    pub bundle: i64,
    pub expert: i64,
    pub affinity: u32,
}

/// A problem, as the solver sees it (and as the benchmark reads and writes it: JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    pub experts: Vec<ExpertCapacity>,
    pub bundles: Vec<BundleNeed>,
    pub eligible: Vec<EligiblePair>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Off: pure maximum affinity (every bundle of an expert costs the same).
    pub load_balancing: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { load_balancing: true }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Solution {
    /// Bundle id → its experts, by id. Every bundle of the instance is listed, filled or not.
    pub assigned: BTreeMap<i64, Vec<i64>>,
    pub objective: i64,
    pub affinity: i64,
    pub filled_slots: u64,
    pub needed_slots: u64,
}

impl Solution {
    /// Bundles with fewer experts than they need.
    pub fn unfilled<'a>(&'a self, instance: &'a Instance) -> impl Iterator<Item = &'a BundleNeed> + 'a {
        instance
            .bundles
            .iter()
            .filter(|b| self.assigned.get(&b.id).map_or(0, Vec::len) < b.k as usize)
    }

    /// Each expert's number of bundles in this solution.
    pub fn loads(&self) -> BTreeMap<i64, u32> {
        let mut loads = BTreeMap::new();
        for experts in self.assigned.values() {
            for e in experts {
                *loads.entry(*e).or_insert(0) += 1;
            }
        }
        loads
    }
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("expert {0} is listed twice")]
    DuplicateExpert(i64),
    #[error("bundle {0} is listed twice")]
    DuplicateBundle(i64),
    #[error("pair ({0}, {1}) names an unknown bundle or expert")]
    UnknownPair(i64, i64),
    #[error("pair ({0}, {1}) is listed twice")]
    DuplicatePair(i64, i64),
    #[error("pair ({0}, {1}) has affinity {2}, above the maximum {AFFINITY_MAX}")]
    AffinityTooHigh(i64, i64, u32),
    #[error("expert {0} already carries more bundles than their capacity")]
    OverLoaded(i64),
    #[error("the network would have {0} nodes: too large to solve")]
    TooLarge(usize),
}

/// What makes bundles interchangeable: their k and their eligible (expert, affinity) list.
type ClassKey<'a> = (u32, &'a [(u32, u32)]);

/// Solves an instance exactly (see the module's documentation for the objective).
pub fn solve(instance: &Instance, options: Options) -> Result<Solution, InstanceError> {
    // Index experts and bundles in id order: the order decides ties, so it must not depend on input order.
    let mut experts: Vec<&ExpertCapacity> = instance.experts.iter().collect();
    experts.sort_by_key(|e| e.id);
    let mut bundles: Vec<&BundleNeed> = instance.bundles.iter().collect();
    bundles.sort_by_key(|b| b.id);
    // Fx hashing: these maps see every eligible pair (millions at stress scale); no untrusted keys.
    let mut expert_ix: FxHashMap<i64, usize> = FxHashMap::default();
    for (i, e) in experts.iter().enumerate() {
        if expert_ix.insert(e.id, i).is_some() {
            return Err(InstanceError::DuplicateExpert(e.id));
        }
        if e.load > e.capacity {
            return Err(InstanceError::OverLoaded(e.id));
        }
    }
    let mut bundle_ix: FxHashMap<i64, usize> = FxHashMap::default();
    for (i, b) in bundles.iter().enumerate() {
        if bundle_ix.insert(b.id, i).is_some() {
            return Err(InstanceError::DuplicateBundle(b.id));
        }
    }
    let mut per_bundle: Vec<Vec<(u32, u32)>> = vec![Vec::new(); bundles.len()];
    for p in &instance.eligible {
        let (Some(&b), Some(&e)) = (bundle_ix.get(&p.bundle), expert_ix.get(&p.expert)) else {
            return Err(InstanceError::UnknownPair(p.bundle, p.expert));
        };
        if p.affinity > AFFINITY_MAX {
            return Err(InstanceError::AffinityTooHigh(p.bundle, p.expert, p.affinity));
        }
        per_bundle[b].push((e as u32, p.affinity));
    }
    for (b, list) in per_bundle.iter_mut().enumerate() {
        list.sort_unstable();
        if let Some(w) = list.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(InstanceError::DuplicatePair(bundles[b].id, experts[w[0].0 as usize].id));
        }
    }

    // Classes: bundles with the same k and the same eligible list, numbered in the order of their
    // first bundle (so the numbering does not depend on the map's iteration order).
    let mut class_of: FxHashMap<ClassKey, usize> = FxHashMap::default();
    let mut classes: Vec<Vec<usize>> = Vec::new();
    for (b, list) in per_bundle.iter().enumerate() {
        let k = bundles[b].k;
        if k == 0 {
            continue;
        }
        let c = *class_of.entry((k, list.as_slice())).or_insert_with(|| {
            classes.push(Vec::new());
            classes.len() - 1
        });
        classes[c].push(b);
    }

    // The network: source → class (k·n) → expert (n, cost AFFINITY_MAX − affinity) → sink
    // (the expert's free places, each costing LOAD_STEP more than the last: one convex arc).
    let source = 0;
    let sink = 1;
    let class_node = |c: usize| 2 + c;
    let expert_node = |e: usize| 2 + classes.len() + e;
    drop(class_of);
    // The solver keeps costs times (nodes + 1) in 32 bits: refuse what would not fit (it would take
    // millions of bundles, far beyond any network).
    let nodes = 2 + classes.len() + experts.len();
    let max_load = experts.iter().map(|e| i64::from(e.capacity)).max().unwrap_or(0);
    let max_cost = i64::from(AFFINITY_MAX)
        + if options.load_balancing {
            LOAD_STEP * max_load
        } else {
            0
        };
    if max_cost.saturating_mul(nodes as i64 + 1) > i64::from(i32::MAX) {
        return Err(InstanceError::TooLarge(nodes));
    }
    let mut g = flow::Graph::with_convex_step(nodes, LOAD_STEP);
    // (expert index, arc id, affinity) per class: u32 halves them, and at stress scale they are
    // millions.
    let mut class_arcs: Vec<Vec<(u32, u32, u32)>> = Vec::with_capacity(classes.len());
    for (c, members) in classes.iter().enumerate() {
        let first = members[0];
        let k = i64::from(bundles[first].k);
        let n = members.len() as i64;
        g.add_arc(source, class_node(c), k * n, 0);
        let arcs = per_bundle[first]
            .iter()
            .map(|&(e, aff)| {
                let arc = g.add_arc(class_node(c), expert_node(e as usize), n, i64::from(AFFINITY_MAX - aff));
                (e, arc as u32, aff)
            })
            .collect();
        class_arcs.push(arcs);
    }
    // Each class's list is now in its arcs: the per-bundle lists go before the solver's layout is
    // built (at stress scale they are over 100 MB).
    drop(per_bundle);
    for (e, expert) in experts.iter().enumerate() {
        let free = expert.capacity - expert.load;
        if options.load_balancing {
            g.add_convex_arc(
                expert_node(e),
                sink,
                i64::from(free),
                LOAD_STEP * i64::from(expert.load),
            );
        } else if free > 0 {
            g.add_arc(expert_node(e), sink, i64::from(free), 0);
        }
    }
    g.min_cost_max_flow(source, sink);

    // Back to bundles: within a class, expert units go round-robin over its bundles. An expert sends
    // at most n units to a class of n bundles, so no bundle gets the same expert twice; and the class
    // receives at most k·n units, so no bundle gets more than k.
    // The objective is read off the flow as it is spread (the same formula as [`score`], without
    // looking every pair up again).
    let mut per_bundle: Vec<Vec<i64>> = vec![Vec::new(); bundles.len()];
    let mut added = vec![0i64; experts.len()];
    let mut affinity = 0i64;
    for (c, members) in classes.iter().enumerate() {
        let mut slot = 0usize;
        for &(e, arc, aff) in &class_arcs[c] {
            let e = e as usize;
            let units = g.flow(arc as usize);
            for _ in 0..units {
                per_bundle[members[slot % members.len()]].push(experts[e].id);
                slot += 1;
            }
            added[e] += units;
            affinity += units * i64::from(aff);
        }
    }
    let penalty: i64 = experts
        .iter()
        .zip(&added)
        .map(|(e, &n)| LOAD_STEP * (n * i64::from(e.load) + n * (n - 1) / 2))
        .sum();
    let filled = added.iter().sum::<i64>() as u64;
    let assigned: BTreeMap<i64, Vec<i64>> = bundles
        .iter()
        .zip(per_bundle)
        .map(|(b, mut list)| {
            list.sort_unstable();
            (b.id, list)
        })
        .collect();
    Ok(Solution {
        assigned,
        objective: affinity - penalty,
        affinity,
        filled_slots: filled,
        needed_slots: instance.bundles.iter().map(|b| u64::from(b.k)).sum(),
    })
}

/// The objective of an assignment (the same formula the solver optimises).
pub fn score(instance: &Instance, assigned: BTreeMap<i64, Vec<i64>>) -> Solution {
    // Index the (few) assigned pairs, then read their affinities in one pass over the (many)
    // eligible pairs: no map of every eligible pair is ever built.
    let mut pairs: rustc_hash::FxHashSet<(i64, i64)> = rustc_hash::FxHashSet::default();
    let mut loads: HashMap<i64, i64> = HashMap::new();
    let mut filled = 0u64;
    for (b, experts) in &assigned {
        for e in experts {
            pairs.insert((*b, *e));
            *loads.entry(*e).or_insert(0) += 1;
            filled += 1;
        }
    }
    let affinity: i64 = instance
        .eligible
        .iter()
        .filter(|p| pairs.contains(&(p.bundle, p.expert)))
        .map(|p| i64::from(p.affinity))
        .sum();
    let base_load: HashMap<i64, u32> = instance.experts.iter().map(|e| (e.id, e.load)).collect();
    // Each extra bundle costs LOAD_STEP × (the expert's load before it), counting bundles carried before.
    let penalty: i64 = loads
        .iter()
        .map(|(e, added)| {
            let before = i64::from(base_load.get(e).copied().unwrap_or(0));
            (0..*added).map(|j| LOAD_STEP * (before + j)).sum::<i64>()
        })
        .sum();
    Solution {
        objective: affinity - penalty,
        affinity,
        filled_slots: filled,
        needed_slots: instance.bundles.iter().map(|b| u64::from(b.k)).sum(),
        assigned,
    }
}

/// Fills the places `bundles` lack in `current` (their k minus the experts they keep), leaving every
/// other place exactly as it is; `excluded` takes no new place. Loads in force count towards
/// capacity and balance. Used when an expert is withdrawn (their places) or found in conflict with a
/// city (that city's places).
pub fn fill(
    instance: &Instance,
    current: &Solution,
    bundles: &std::collections::BTreeSet<i64>,
    excluded: Option<i64>,
    options: Options,
) -> Result<Solution, InstanceError> {
    let loads = current.loads();
    let mut residual = Instance::default();
    for e in &instance.experts {
        if Some(e.id) == excluded {
            continue;
        }
        let load = e.load + loads.get(&e.id).copied().unwrap_or(0);
        residual.experts.push(ExpertCapacity {
            id: e.id,
            capacity: e.capacity.max(load),
            load,
        });
    }
    let mut kept: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for b in &instance.bundles {
        let keep: Vec<i64> = current.assigned.get(&b.id).cloned().unwrap_or_default();
        if bundles.contains(&b.id) {
            residual.bundles.push(BundleNeed {
                id: b.id,
                k: b.k.saturating_sub(keep.len() as u32),
            });
        }
        kept.insert(b.id, keep);
    }
    residual.eligible = instance
        .eligible
        .iter()
        .filter(|p| {
            bundles.contains(&p.bundle)
                && Some(p.expert) != excluded
                && !kept.get(&p.bundle).is_some_and(|k| k.contains(&p.expert))
        })
        .cloned()
        .collect();
    let added = solve(&residual, options)?;
    for (b, experts) in added.assigned {
        if let Some(list) = kept.get_mut(&b) {
            list.extend(experts);
            list.sort_unstable();
        }
    }
    Ok(score(instance, kept))
}

/// Withdrawal of an expert: only their places are filled again (see [`fill`]), by others.
pub fn refill(
    instance: &Instance,
    current: &Solution,
    withdrawn: i64,
    options: Options,
) -> Result<Solution, InstanceError> {
    let mut without = BTreeMap::new();
    let mut lost = std::collections::BTreeSet::new();
    for b in &instance.bundles {
        let now: Vec<i64> = current.assigned.get(&b.id).cloned().unwrap_or_default();
        if now.contains(&withdrawn) {
            lost.insert(b.id);
        }
        without.insert(b.id, now.into_iter().filter(|e| *e != withdrawn).collect());
    }
    fill(instance, &score(instance, without), &lost, Some(withdrawn), options)
}

#[cfg(test)]
mod tests;
