//! Minimum-cost maximum flow. [`Graph::min_cost_max_flow`] first finds the maximum flow (Dinic,
//! costs ignored), then makes it cheapest by cost scaling (Goldberg's push–relabel): prices are
//! refined in a few ε-phases, each pushing excess along arcs of negative reduced cost only, so the
//! work grows with the arcs times the (logarithmic) number of phases, whatever the costs look like.
//! Once ε is below one cost unit, each phase ends with an attempt to prove the flow optimal (integer
//! prices under which no residual arc has a negative reduced cost); the scaling stops as soon as one
//! succeeds, which on assignment networks is usually two or three phases early.
//! Both work on one compact layout of the residual network (arcs grouped by tail), built from the
//! list of arcs when solving; the list is given up meanwhile, so that the largest instances are
//! never held twice over.
//!
//! The primal-dual method ([`Graph::min_cost_max_flow_primal_dual`]: Dijkstra to lift potentials,
//! then blocking flows on zero-reduced-cost arcs) is kept, on its own plain layout, as an
//! independent solver the tests compare against.
//!
//! A convex arc ([`Graph::add_convex_arc`]) carries units at a cost rising by a fixed step per unit
//! (the load cost of an expert). It stands for as many parallel unit arcs, but the residual network
//! holds it as one pair of arcs whose costs are the marginal ones (the next unit forward, the last
//! unit back): on the assignment network those unit arcs all met at the sink, which had one per
//! free place of every expert to scan each time it was relabelled.
//!
//! Deterministic: arcs are scanned in insertion order, nodes in index order, ties to the lower index.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INF: i64 = i64::MAX / 4;
/// How much ε shrinks per cost-scaling phase.
const ALPHA: i64 = 8;
/// A global price update after this many relabels per node. Two rather than one since the sink's
/// arcs became convex ones (relabels got cheaper, so an update pays off later): GNLC per pair
/// 9.3 → 8.2 ms, the four-term affinity 7.5 → 5.8 ms, per pair at 5,000 bundles 384 → 371 ms.
const UPDATE_EVERY: usize = 2;

/// An arc as added.
#[derive(Clone, Copy, Debug)]
struct Arc {
    from: u32,
    to: u32,
    cap: i32,
    cost: i32,
}

/// A network as it is built (a list of arcs), then, once solved, the flow on each arc.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    nodes: usize,
    arcs: Vec<Arc>,
    /// The ids of the convex arcs, in the order added (few: kept apart so that the list of arcs,
    /// tens of millions at stress scale, stays 16 bytes an arc).
    convex: Vec<u32>,
    /// How much each further unit on a convex arc costs more than the last.
    step: i32,
    flows: Vec<i32>,
}

/// Capacities and costs as the solver keeps them: the assignment network's are far below 2³¹
/// (the instance is refused before that, see `InstanceError::TooLarge`); larger ones are cut there.
fn narrow(x: i64) -> i32 {
    i32::try_from(x).unwrap_or(if x < 0 { i32::MIN } else { i32::MAX })
}

impl Graph {
    pub fn new(nodes: usize) -> Graph {
        Graph {
            nodes,
            ..Default::default()
        }
    }

    /// A network whose convex arcs raise the cost of each unit by `step` (≥ 0) over the last.
    pub fn with_convex_step(nodes: usize, step: i64) -> Graph {
        debug_assert!(step >= 0);
        Graph {
            nodes,
            step: narrow(step),
            ..Default::default()
        }
    }

    pub fn nodes(&self) -> usize {
        self.nodes
    }

    pub fn arcs(&self) -> usize {
        self.arcs.len()
    }

    /// Adds an arc u → v with a non-negative capacity and cost; returns its id, whose flow
    /// `flow(id)` reads after solving.
    pub fn add_arc(&mut self, u: usize, v: usize, cap: i64, cost: i64) -> usize {
        debug_assert!(cost >= 0 && cap >= 0);
        self.arcs.push(Arc {
            from: u as u32,
            to: v as u32,
            cap: narrow(cap),
            cost: narrow(cost),
        });
        self.arcs.len() - 1
    }

    /// Adds an arc u → v whose j-th unit (from 0) costs `first_cost + j · step` (the step given to
    /// [`Graph::with_convex_step`]): the same as `cap` parallel unit arcs of those costs, which a
    /// least-cost flow fills cheapest first.
    pub fn add_convex_arc(&mut self, u: usize, v: usize, cap: i64, first_cost: i64) -> usize {
        let id = self.add_arc(u, v, cap, first_cost);
        self.convex.push(id as u32);
        id
    }

    /// The flow on an arc added by `add_arc` (0 until solved).
    pub fn flow(&self, arc: usize) -> i64 {
        self.flows.get(arc).map_or(0, |f| i64::from(*f))
    }

    /// Sends as much flow as possible from `s` to `t`, at the least total cost among maximum flows.
    /// Returns (flow, cost). Solving uses up the list of arcs: only their flows stay.
    pub fn min_cost_max_flow(&mut self, s: usize, t: usize) -> (i64, i64) {
        let arcs = std::mem::take(&mut self.arcs);
        let (mut r, position) = Residual::of(self.nodes, &arcs, &self.convex, self.step);
        drop(arcs);
        let flow = r.max_flow(s, t);
        r.cost_scaling();
        let mut cost = 0i64;
        self.flows = position
            .iter()
            .map(|&p| {
                let a = &r.arcs[p as usize];
                let f = i64::from(a.back_cap);
                // A convex arc's cost is that of its next unit: the first was f steps below.
                let (marginal, step) = (i64::from(a.cost) / r.scale, r.step / r.scale);
                cost += if r.is_convex(p as usize) {
                    f * (marginal - step * f) + step * f * (f - 1) / 2
                } else {
                    f * marginal
                };
                a.back_cap
            })
            .collect();
        (flow, cost)
    }

    /// The same result by the primal-dual method (see the module's documentation).
    pub fn min_cost_max_flow_primal_dual(&mut self, s: usize, t: usize) -> (i64, i64) {
        let (mut p, units) = Plain::of(self.nodes, &self.arcs, &self.convex, self.step);
        let result = p.min_cost_max_flow(s, t);
        self.flows = units
            .iter()
            .map(|r| narrow(r.clone().map(|i| p.cap[2 * i + 1]).sum()))
            .collect();
        result
    }
}

/// The plain layout the primal-dual method works on: arc 2i is the i-th unit arc, 2i + 1 its
/// reverse; an arc added is one unit arc, or one per unit of a convex arc.
struct Plain {
    adj: Vec<Vec<u32>>,
    to: Vec<u32>,
    cap: Vec<i64>,
    cost: Vec<i64>,
}

impl Plain {
    /// The layout, and the unit arcs each arc added became (by index i: arcs 2i, 2i + 1).
    fn of(nodes: usize, arcs: &[Arc], convex: &[u32], step: i32) -> (Plain, Vec<std::ops::Range<usize>>) {
        let mut p = Plain {
            adj: vec![Vec::new(); nodes],
            to: Vec::with_capacity(2 * arcs.len()),
            cap: Vec::with_capacity(2 * arcs.len()),
            cost: Vec::with_capacity(2 * arcs.len()),
        };
        let convex: std::collections::HashSet<u32> = convex.iter().copied().collect();
        let mut units = Vec::with_capacity(arcs.len());
        for (i, a) in arcs.iter().enumerate() {
            let first = p.to.len() / 2;
            // Unit arcs u → v of capacity cap and cost cost.
            let mut add = |cap: i64, cost: i64| {
                let id = p.to.len() as u32;
                p.to.extend([a.to, a.from]);
                p.cap.extend([cap, 0]);
                p.cost.extend([cost, -cost]);
                p.adj[a.from as usize].push(id);
                p.adj[a.to as usize].push(id + 1);
            };
            if convex.contains(&(i as u32)) {
                for j in 0..i64::from(a.cap) {
                    add(1, i64::from(a.cost) + j * i64::from(step));
                }
            } else {
                add(i64::from(a.cap), i64::from(a.cost));
            }
            units.push(first..p.to.len() / 2);
        }
        (p, units)
    }

    fn nodes(&self) -> usize {
        self.adj.len()
    }

    /// The cost of the flow as it stands: Σ flow × cost over the arcs added.
    fn total_cost(&self) -> i64 {
        (0..self.to.len())
            .step_by(2)
            .map(|e| self.cap[e ^ 1] * self.cost[e])
            .sum()
    }

    fn min_cost_max_flow(&mut self, s: usize, t: usize) -> (i64, i64) {
        let n = self.nodes();
        let mut pot = vec![0i64; n];
        let mut dist = vec![INF; n];
        let mut level = vec![-1i32; n];
        let mut it = vec![0usize; n];
        let (mut flow, mut cost) = (0i64, 0i64);
        loop {
            // Shortest distances from s in reduced costs (all ≥ 0 thanks to the potentials).
            dist.fill(INF);
            dist[s] = 0;
            let mut heap = BinaryHeap::new();
            heap.push(Reverse((0i64, s as u32)));
            while let Some(Reverse((d, u))) = heap.pop() {
                let u = u as usize;
                if d > dist[u] {
                    continue;
                }
                for &e in &self.adj[u] {
                    let e = e as usize;
                    if self.cap[e] > 0 {
                        let v = self.to[e] as usize;
                        let nd = d + self.cost[e] + pot[u] - pot[v];
                        if nd < dist[v] {
                            dist[v] = nd;
                            heap.push(Reverse((nd, v as u32)));
                        }
                    }
                }
            }
            if dist[t] >= INF {
                break;
            }
            let dt = dist[t];
            for v in 0..n {
                pot[v] += dist[v].min(dt);
            }
            // Blocking flows on the admissible arcs (residual, reduced cost zero).
            loop {
                if !self.levels(s, t, &pot, &mut level) {
                    break;
                }
                it.fill(0);
                let before = self.total_cost();
                let pushed = self.augment(s, t, &pot, &level, &mut it);
                cost += self.total_cost() - before;
                if pushed == 0 {
                    break;
                }
                flow += pushed;
            }
        }
        (flow, cost)
    }

    fn admissible(&self, e: usize, pot: &[i64]) -> bool {
        let u = self.to[e ^ 1] as usize;
        let v = self.to[e] as usize;
        self.cap[e] > 0 && self.cost[e] + pot[u] - pot[v] == 0
    }

    /// BFS levels over admissible arcs; true when t is reached.
    fn levels(&self, s: usize, t: usize, pot: &[i64], level: &mut [i32]) -> bool {
        level.fill(-1);
        level[s] = 0;
        let mut queue = std::collections::VecDeque::from([s]);
        while let Some(u) = queue.pop_front() {
            for &e in &self.adj[u] {
                let e = e as usize;
                let v = self.to[e] as usize;
                if level[v] < 0 && self.admissible(e, pot) {
                    level[v] = level[u] + 1;
                    queue.push_back(v);
                }
            }
        }
        level[t] >= 0
    }

    /// Augmenting paths along the level graph until none is left (iterative DFS, current-arc).
    fn augment(&mut self, s: usize, t: usize, pot: &[i64], level: &[i32], it: &mut [usize]) -> i64 {
        let mut total = 0;
        let mut path: Vec<usize> = Vec::new();
        let mut dead = vec![false; self.nodes()];
        let mut u = s;
        loop {
            if u == t {
                let f = path.iter().map(|&e| self.cap[e]).min().unwrap_or(0);
                for &e in &path {
                    self.cap[e] -= f;
                    self.cap[e ^ 1] += f;
                }
                total += f;
                let keep = path.iter().position(|&e| self.cap[e] == 0).unwrap_or(path.len());
                path.truncate(keep);
                u = path.last().map_or(s, |&e| self.to[e] as usize);
                continue;
            }
            let mut advanced = false;
            while it[u] < self.adj[u].len() {
                let e = self.adj[u][it[u]] as usize;
                let v = self.to[e] as usize;
                if !dead[v] && level[v] == level[u] + 1 && self.admissible(e, pot) {
                    path.push(e);
                    u = v;
                    advanced = true;
                    break;
                }
                it[u] += 1;
            }
            if !advanced {
                dead[u] = true;
                match path.pop() {
                    None => return total,
                    Some(e) => {
                        u = self.to[e ^ 1] as usize;
                        it[u] += 1;
                    }
                }
            }
        }
    }
}

/// One residual arc, stored with the other arcs leaving its tail: what push and relabel read, in
/// one place in memory (20 bytes: at stress scale there are tens of millions).
#[derive(Clone, Copy, Debug)]
struct ResidualArc {
    to: u32,
    /// The position of the arc back.
    rev: u32,
    cap: i32,
    /// The arc back's residual capacity, kept here too so that the price update, which walks arcs
    /// backwards, reads a node's arcs in order instead of jumping to each partner.
    back_cap: i32,
    /// The cost times (n + 1).
    cost: i32,
}

/// The residual network laid out by tail (compressed rows): a node's arcs are contiguous, so
/// scanning them reads memory in order.
///
/// Both copies of a convex arc carry their marginal cost: forward, that of the next unit (first
/// cost + f · step with f units on it); back, minus that of the last unit. So the back copy's cost
/// is the forward's negated plus one step (for the other arcs, plus nothing), and moving d units
/// either way raises the cost of the copy moved along by d steps and lowers its partner's.
struct Residual {
    start: Vec<u32>,
    arcs: Vec<ResidualArc>,
    /// n + 1: costs are kept multiplied by it, so that ε = 1 means optimal.
    scale: i64,
    /// Which positions of `arcs` hold a copy of a convex arc (a bit each).
    convex: Vec<u64>,
    /// The convex arcs' step, times the scale.
    step: i64,
    /// The largest cost (times the scale) of any unit any arc carries.
    max_cost: i64,
}

impl Residual {
    /// The layout of `arcs` (those whose ids are in `convex` being convex, of that `step`), and
    /// where each arc added went (its reverse is at `rev`).
    fn of(n: usize, arcs: &[Arc], convex: &[u32], step: i32) -> (Residual, Vec<u32>) {
        let scale = n as i64 + 1;
        let mut start = vec![0u32; n + 1];
        for a in arcs {
            start[a.from as usize + 1] += 1;
            start[a.to as usize + 1] += 1;
        }
        for u in 0..n {
            start[u + 1] += start[u];
        }
        // Each node's arcs in the order they were added, forward and reverse alike.
        let mut next: Vec<u32> = start[..n].to_vec();
        let empty = ResidualArc {
            to: 0,
            rev: 0,
            cap: 0,
            back_cap: 0,
            cost: 0,
        };
        let mut out = vec![empty; 2 * arcs.len()];
        let mut position = Vec::with_capacity(arcs.len());
        let mut max_cost = 0i64;
        for a in arcs {
            let (u, v) = (a.from as usize, a.to as usize);
            let (i, j) = (next[u], next[v]);
            next[u] += 1;
            next[v] += 1;
            let cost = narrow(i64::from(a.cost) * scale);
            max_cost = max_cost.max(i64::from(cost));
            out[i as usize] = ResidualArc {
                to: a.to,
                rev: j,
                cap: a.cap,
                back_cap: 0,
                cost,
            };
            out[j as usize] = ResidualArc {
                to: a.from,
                rev: i,
                cap: 0,
                back_cap: a.cap,
                cost: -cost,
            };
            position.push(i);
        }
        let step = i64::from(step) * scale;
        let mut bits = vec![0u64; out.len().div_ceil(64)];
        for &id in convex {
            let i = position[id as usize] as usize;
            let j = out[i].rev as usize;
            bits[i / 64] |= 1 << (i % 64);
            bits[j / 64] |= 1 << (j % 64);
            // No unit on it yet: the last unit back would have cost one step below the first.
            out[j].cost = narrow(-i64::from(out[i].cost) + step);
            let last = i64::from(out[i].cost) + step * (i64::from(out[i].cap) - 1).max(0);
            max_cost = max_cost.max(last);
        }
        (
            Residual {
                start,
                arcs: out,
                scale,
                convex: bits,
                step,
                max_cost,
            },
            position,
        )
    }

    #[inline]
    fn is_convex(&self, i: usize) -> bool {
        self.convex[i / 64] & (1 << (i % 64)) != 0
    }

    /// How much more the arc u → v whose partner (v → u) is at position `back` costs than minus
    /// the partner: a step for convex arcs, nothing for the others.
    #[inline]
    fn gap(&self, back: usize) -> i64 {
        if self.is_convex(back) { self.step } else { 0 }
    }

    fn nodes(&self) -> usize {
        self.start.len() - 1
    }

    /// Moves `d` units along arc `i` (whose partner is `rev`), keeping both copies of each
    /// capacity right, and of a convex arc's marginal costs.
    fn move_flow(&mut self, i: usize, rev: usize, d: i32) {
        self.arcs[i].cap -= d;
        self.arcs[i].back_cap += d;
        self.arcs[rev].cap += d;
        self.arcs[rev].back_cap -= d;
        if self.is_convex(i) {
            let shift = self.step * i64::from(d);
            self.arcs[i].cost = narrow(i64::from(self.arcs[i].cost) + shift);
            self.arcs[rev].cost = narrow(i64::from(self.arcs[rev].cost) - shift);
        }
    }

    fn range(&self, u: usize) -> std::ops::Range<usize> {
        self.start[u] as usize..self.start[u + 1] as usize
    }

    /// A maximum flow from `s` to `t`, costs ignored (Dinic). Returns its value.
    fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let n = self.nodes();
        if s >= n || t >= n || s == t {
            return 0;
        }
        let mut level = vec![-1i32; n];
        let mut cur = vec![0u32; n];
        let mut flow = 0;
        loop {
            // Levels by breadth-first search over residual arcs.
            level.fill(-1);
            level[s] = 0;
            let mut queue = std::collections::VecDeque::from([s]);
            while let Some(u) = queue.pop_front() {
                for i in self.range(u) {
                    let a = &self.arcs[i];
                    if a.cap > 0 && level[a.to as usize] < 0 {
                        level[a.to as usize] = level[u] + 1;
                        queue.push_back(a.to as usize);
                    }
                }
            }
            if level[t] < 0 {
                return flow;
            }
            cur.copy_from_slice(&self.start[..n]);
            let pushed = self.blocking_flow(s, t, &level, &mut cur);
            if pushed == 0 {
                return flow;
            }
            flow += pushed;
        }
    }

    /// Augmenting paths along the level graph until none is left (iterative DFS, current arc).
    fn blocking_flow(&mut self, s: usize, t: usize, level: &[i32], cur: &mut [u32]) -> i64 {
        let mut total = 0i64;
        let mut path: Vec<u32> = Vec::new();
        let mut u = s;
        loop {
            if u == t {
                let f = path.iter().map(|&i| self.arcs[i as usize].cap).min().unwrap_or(0);
                for &i in &path {
                    let rev = self.arcs[i as usize].rev as usize;
                    self.move_flow(i as usize, rev, f);
                }
                total += i64::from(f);
                // Back up to the tail of the first saturated arc.
                let keep = path
                    .iter()
                    .position(|&i| self.arcs[i as usize].cap == 0)
                    .unwrap_or(path.len());
                path.truncate(keep);
                u = path.last().map_or(s, |&i| self.arcs[i as usize].to as usize);
                continue;
            }
            let end = self.start[u + 1];
            let mut advanced = false;
            while cur[u] < end {
                let a = &self.arcs[cur[u] as usize];
                let v = a.to as usize;
                if a.cap > 0 && level[v] == level[u] + 1 {
                    path.push(cur[u]);
                    u = v;
                    advanced = true;
                    break;
                }
                cur[u] += 1;
            }
            if !advanced {
                // A dead end: nothing more passes through u in this phase.
                match path.pop() {
                    None => return total,
                    Some(i) => {
                        u = self.arcs[self.arcs[i as usize].rev as usize].to as usize;
                        cur[u] += 1;
                    }
                }
            }
        }
    }

    /// Cost scaling: ε starts at the largest (scaled) cost, for which any flow is ε-optimal, and
    /// shrinks by [`ALPHA`] per phase down to 1, where the flow is optimal (costs being scaled by
    /// n + 1, 1 stands for less than 1/n of a cost unit).
    fn cost_scaling(&mut self) {
        let n = self.nodes();
        if self.max_cost <= 0 {
            return;
        }
        let mut eps = self.max_cost;
        let mut pot = vec![0i64; n];
        let mut excess = vec![0i64; n];
        let mut cur = vec![0u32; n];
        let mut queue = std::collections::VecDeque::new();
        loop {
            eps = (eps / ALPHA).max(1);
            self.refine(eps, &mut pot, &mut excess, &mut cur, &mut queue);
            if eps == 1 {
                break;
            }
            // Once ε is below a cost unit the flow is often optimal already, long before ε reaches
            // 1/(n + 1): stop as soon as that is proved.
            if eps <= self.scale && self.optimal(&pot) {
                break;
            }
        }
    }

    /// Whether the flow is already of least cost: some prices in whole cost units leave no residual
    /// arc of negative reduced cost (the current prices rounded down, corrected by a Bellman–Ford
    /// whose work is bounded by one pass over the arcs). A certificate, not a guess: without one
    /// within the budget (a negative cycle, or too much to correct) the phases go on.
    fn optimal(&self, pot: &[i64]) -> bool {
        let n = self.nodes();
        // Prices as distances, in the layout's units (costs times the scale): every residual arc
        // u → v of cost c must have d[v] ≤ d[u] + c.
        let mut d: Vec<i64> = pot.iter().map(|x| x.div_euclid(self.scale) * self.scale).collect();
        let mut queued = vec![true; n];
        let mut queue: std::collections::VecDeque<u32> = (0..n as u32).collect();
        // One pass over the arcs: where the proof succeeds at all, it does within it (on every
        // benchmark instance), and an attempt that fails costs half of what two passes did.
        let mut budget = self.arcs.len() + n;
        while let Some(u) = queue.pop_front() {
            let u = u as usize;
            queued[u] = false;
            for a in &self.arcs[self.range(u)] {
                if a.cap == 0 {
                    continue;
                }
                if budget == 0 {
                    return false;
                }
                budget -= 1;
                let v = a.to as usize;
                let through = d[u] + i64::from(a.cost);
                if through < d[v] {
                    d[v] = through;
                    if !queued[v] {
                        queued[v] = true;
                        queue.push_back(v as u32);
                    }
                }
            }
        }
        true
    }

    /// One ε-phase: saturate every residual arc of negative reduced cost (the flow is then
    /// 0-optimal but unbalanced), then push each excess along admissible arcs (residual, reduced
    /// cost < 0), lowering a node's price just enough to open one when it has none.
    fn refine(
        &mut self,
        eps: i64,
        pot: &mut [i64],
        excess: &mut [i64],
        cur: &mut [u32],
        queue: &mut std::collections::VecDeque<usize>,
    ) {
        let n = self.nodes();
        for u in 0..n {
            for i in self.range(u) {
                // A convex arc a unit at a time, while the next unit is still cheap.
                loop {
                    let a = self.arcs[i];
                    if a.cap == 0 || i64::from(a.cost) + pot[u] - pot[a.to as usize] >= 0 {
                        break;
                    }
                    let d = if self.is_convex(i) { 1 } else { a.cap };
                    self.move_flow(i, a.rev as usize, d);
                    excess[u] -= i64::from(d);
                    excess[a.to as usize] += i64::from(d);
                }
            }
        }
        queue.clear();
        queue.extend((0..n).filter(|&u| excess[u] > 0));
        self.price_update(eps, pot, excess);
        cur.copy_from_slice(&self.start[..n]);
        let mut relabels = 0usize;
        while let Some(u) = queue.pop_front() {
            if relabels >= n * UPDATE_EVERY {
                self.price_update(eps, pot, excess);
                cur.copy_from_slice(&self.start[..n]);
                relabels = 0;
            }
            let end = self.start[u + 1];
            while excess[u] > 0 {
                if cur[u] == end {
                    // Relabel: the price that opens the best arc, keeping every residual arc's
                    // reduced cost ≥ −ε. A node with excess received flow, so the arc back is
                    // residual and the maximum exists.
                    // The scan resumes at that arc: arcs before it may be admissible too, and are
                    // found after the next relabel, which then leaves the price as it is.
                    let (mut best, mut at) = (i64::MIN, self.start[u]);
                    for i in self.range(u) {
                        let a = &self.arcs[i];
                        if a.cap > 0 && pot[a.to as usize] - i64::from(a.cost) > best {
                            best = pot[a.to as usize] - i64::from(a.cost);
                            at = i as u32;
                        }
                    }
                    if best == i64::MIN {
                        // Cannot happen (see above); leave the node rather than panic.
                        break;
                    }
                    pot[u] = best - eps;
                    cur[u] = at;
                    relabels += 1;
                    continue;
                }
                let i = cur[u] as usize;
                let a = self.arcs[i];
                let v = a.to as usize;
                if a.cap > 0 && i64::from(a.cost) + pot[u] - pot[v] < 0 {
                    // Excess is at most a sum of capacities on the node: it narrows when it is less
                    // than the arc's capacity. A convex arc takes one unit, then is looked at again
                    // at its new marginal cost.
                    let d = if self.is_convex(i) {
                        1
                    } else {
                        narrow(excess[u].min(i64::from(a.cap)))
                    };
                    self.move_flow(i, a.rev as usize, d);
                    excess[u] -= i64::from(d);
                    let was = excess[v];
                    excess[v] += i64::from(d);
                    if was <= 0 && excess[v] > 0 {
                        queue.push_back(v);
                    }
                    if d == a.cap {
                        cur[u] += 1;
                    }
                } else {
                    cur[u] += 1;
                }
            }
        }
    }

    /// Goldberg's global price update: lowers each node's price by ε times its distance to the
    /// nearest node short of flow, where a residual arc is ⌊reduced cost / ε⌋ + 1 long (never
    /// negative, the flow being ε-optimal). The flow stays ε-optimal, and every excess then has a
    /// path of admissible arcs towards a deficit, which spares most relabels.
    fn price_update(&self, eps: i64, pot: &mut [i64], excess: &[i64]) {
        let n = self.nodes();
        let mut dist = vec![i64::MAX; n];
        let mut done = vec![false; n];
        // Distances are small integers: a bucket per distance (Dial), scanned in order.
        let mut buckets: Vec<Vec<u32>> = vec![Vec::new()];
        for v in 0..n {
            if excess[v] < 0 {
                dist[v] = 0;
                buckets[0].push(v as u32);
            }
        }
        let mut waiting = (0..n).filter(|&v| excess[v] > 0).count();
        if buckets[0].is_empty() || waiting == 0 {
            return;
        }
        let inv = 1.0 / eps as f64;
        let mut d = 0usize;
        // The search stops once every node with excess is reached: the others keep the distance
        // reached so far, which keeps the flow ε-optimal (they are at least that far).
        'search: while d < buckets.len() {
            while let Some(w) = buckets[d].pop() {
                let w = w as usize;
                if done[w] || dist[w] != d as i64 {
                    continue;
                }
                done[w] = true;
                if excess[w] > 0 {
                    waiting -= 1;
                    if waiting == 0 {
                        break 'search;
                    }
                }
                // Arcs v → w are the partners of w's arcs w → v (cost −cost, plus a step if convex;
                // capacity back_cap).
                for i in self.range(w) {
                    let back = &self.arcs[i];
                    let v = back.to as usize;
                    if back.back_cap == 0 || done[v] {
                        continue;
                    }
                    let rc = -i64::from(back.cost) + self.gap(i) + pot[v] - pot[w];
                    let nd = d as i64 + (floor_div(rc, eps, inv) + 1).max(0);
                    if nd < dist[v] {
                        dist[v] = nd;
                        let b = nd as usize;
                        if b >= buckets.len() {
                            buckets.resize_with(b + 1, Vec::new);
                        }
                        buckets[b].push(v as u32);
                    }
                }
            }
            d += 1;
        }
        let reached = d as i64;
        for v in 0..n {
            let shift = if done[v] { dist[v] } else { reached };
            pot[v] -= eps * shift;
        }
    }
}

/// ⌊x / d⌋ for d > 0, by a multiplication by `inv` = 1/d, corrected to be exact (one step is
/// enough while |x| < 2⁵³). A 64-bit division per arc scanned was a tenth of the whole solve.
#[inline]
fn floor_div(x: i64, d: i64, inv: f64) -> i64 {
    let mut q = (x as f64 * inv) as i64;
    if q * d > x {
        q -= 1;
    } else if (q + 1) * d <= x {
        q += 1;
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_network() {
        // s=0, t=3; two routes of capacity 2: 0-1-3 cost 1+1, 0-2-3 cost 2+2; and 1→2 cost 0.
        let mut g = Graph::new(4);
        g.add_arc(0, 1, 2, 1);
        g.add_arc(0, 2, 2, 2);
        g.add_arc(1, 3, 1, 1);
        g.add_arc(2, 3, 3, 2);
        g.add_arc(1, 2, 1, 0);
        let (flow, cost) = g.min_cost_max_flow(0, 3);
        assert_eq!(flow, 4);
        // 0-1-3 (2), 0-1-2-3 (1+0+2=3), 0-2-3 twice (4 each): 2+3+4+4 = 13.
        assert_eq!(cost, 13);
    }

    /// Random networks: cost scaling and the primal-dual method find the same flow and cost.
    #[test]
    fn cost_scaling_agrees_with_primal_dual() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        for round in 0..500 {
            let n = rng.random_range(2..9);
            let mut a = Graph::new(n);
            for _ in 0..rng.random_range(0..20) {
                let (u, v) = (rng.random_range(0..n), rng.random_range(0..n));
                if u != v {
                    a.add_arc(u, v, rng.random_range(0..4), rng.random_range(0..6));
                }
            }
            let mut b = a.clone();
            let (t, s) = (n - 1, 0);
            assert_eq!(
                a.min_cost_max_flow(s, t),
                b.min_cost_max_flow_primal_dual(s, t),
                "round {round}: {b:?}"
            );
        }
    }

    /// The source → bundle arcs (k of 1–5) and bundle → expert arcs (each pair eligible with
    /// probability 0.4, cost 0–10) of an assignment-shaped network: node 0 the source, 1 the sink.
    fn bundles_and_pairs(g: &mut Graph, rng: &mut impl rand::Rng, bundles: usize, experts: usize) {
        for b in 0..bundles {
            g.add_arc(0, 2 + b, rng.random_range(1..6), 0);
            for e in 0..experts {
                if rng.random_bool(0.4) {
                    g.add_arc(2 + b, 2 + bundles + e, 1, rng.random_range(0..11));
                }
            }
        }
    }

    /// Assignment-shaped networks (source → bundles → experts → sink, per-pair costs, convex unit
    /// arcs at each expert), larger than brute force reaches: both methods agree.
    #[test]
    fn cost_scaling_agrees_with_primal_dual_on_assignment_networks() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        for round in 0..60 {
            let (bundles, experts) = (rng.random_range(1..60), rng.random_range(1..25));
            let mut a = Graph::new(2 + bundles + experts);
            bundles_and_pairs(&mut a, &mut rng, bundles, experts);
            for e in 0..experts {
                for j in 0..rng.random_range(0..12) {
                    a.add_arc(2 + bundles + e, 1, 1, j);
                }
            }
            let mut b = a.clone();
            assert_eq!(
                a.min_cost_max_flow(0, 1),
                b.min_cost_max_flow_primal_dual(0, 1),
                "round {round}"
            );
        }
    }

    /// The same networks with each expert's places as one convex arc (of a random step and first
    /// cost) beside ordinary arcs: cost scaling on the convex arcs agrees with the primal-dual
    /// method on the unit arcs they stand for, flow by flow of every arc added.
    #[test]
    fn convex_arcs_agree_with_their_unit_arcs() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(13);
        for round in 0..300 {
            let (bundles, experts) = (rng.random_range(1..40), rng.random_range(1..15));
            let mut a = Graph::with_convex_step(2 + bundles + experts, rng.random_range(0..4));
            bundles_and_pairs(&mut a, &mut rng, bundles, experts);
            for e in 0..experts {
                if rng.random_bool(0.8) {
                    a.add_convex_arc(2 + bundles + e, 1, rng.random_range(0..15), rng.random_range(0..5));
                }
                if rng.random_bool(0.2) {
                    a.add_arc(2 + bundles + e, 1, rng.random_range(0..3), rng.random_range(0..20));
                }
            }
            let built = a.clone();
            let mut b = a.clone();
            let ours = a.min_cost_max_flow(0, 1);
            let theirs = b.min_cost_max_flow_primal_dual(0, 1);
            assert_eq!(ours, theirs, "round {round}");
            // Both flows cost what they claim, counted unit by unit along the convex arcs.
            for g in [&a, &b] {
                let total: i64 = (0..built.arcs.len())
                    .map(|i| {
                        let (arc, f) = (built.arcs[i], g.flow(i));
                        if built.convex.contains(&(i as u32)) {
                            (0..f).map(|j| i64::from(arc.cost) + j * i64::from(built.step)).sum()
                        } else {
                            f * i64::from(arc.cost)
                        }
                    })
                    .sum();
                assert_eq!(total, ours.1, "round {round}");
            }
        }
    }

    #[test]
    fn a_convex_arc_fills_cheapest_first() {
        // Three units from 0 to 2: a convex arc 1 → 2 costing 0, 2, 4 …, and a plain arc 1 → 2 of
        // capacity 1 costing 3: the third unit takes the plain arc (3 < 4).
        let mut g = Graph::with_convex_step(3, 2);
        g.add_arc(0, 1, 3, 0);
        let convex = g.add_convex_arc(1, 2, 5, 0);
        let plain = g.add_arc(1, 2, 1, 3);
        assert_eq!(g.min_cost_max_flow(0, 2), (3, 5));
        assert_eq!((g.flow(convex), g.flow(plain)), (2, 1));
    }

    #[test]
    fn floor_div_is_exact() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        for _ in 0..200_000 {
            let d: i64 = rng.random_range(1..50_000);
            let q: i64 = rng.random_range(-1_000_000..1_000_000);
            // Around multiples of d, where rounding would show, and anywhere.
            for x in [
                q * d - 1,
                q * d,
                q * d + 1,
                q * d + d - 1,
                rng.random_range(-(1i64 << 52)..(1i64 << 52)),
            ] {
                assert_eq!(floor_div(x, d, 1.0 / d as f64), x.div_euclid(d), "{x} / {d}");
            }
        }
    }

    #[test]
    fn nothing_to_send() {
        let mut g = Graph::new(3);
        g.add_arc(0, 1, 5, 1);
        assert_eq!(g.min_cost_max_flow(0, 2), (0, 0));
    }
}
