//! Minimum-cost maximum flow, by the primal-dual method: Dijkstra on reduced costs to lift the node
//! potentials, then a blocking flow (Dinic) on the arcs whose reduced cost is zero. Every arc cost is
//! a small non-negative integer, so there are few distinct shortest-path lengths and therefore few
//! phases, each moving many units at once.
//!
//! Deterministic: arcs are scanned in insertion order and ties go to the lower index.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INF: i64 = i64::MAX / 4;

#[derive(Clone, Debug, Default)]
pub struct Graph {
    adj: Vec<Vec<u32>>,
    to: Vec<u32>,
    cap: Vec<i64>,
    cost: Vec<i64>,
}

impl Graph {
    pub fn new(nodes: usize) -> Graph {
        Graph {
            adj: vec![Vec::new(); nodes],
            ..Default::default()
        }
    }

    pub fn nodes(&self) -> usize {
        self.adj.len()
    }

    pub fn arcs(&self) -> usize {
        self.to.len() / 2
    }

    /// Adds an arc u → v; returns its id, whose flow `flow(id)` reads after solving.
    pub fn add_arc(&mut self, u: usize, v: usize, cap: i64, cost: i64) -> usize {
        debug_assert!(cost >= 0 && cap >= 0);
        let id = self.to.len();
        self.to.push(v as u32);
        self.cap.push(cap);
        self.cost.push(cost);
        self.adj[u].push(id as u32);
        self.to.push(u as u32);
        self.cap.push(0);
        self.cost.push(-cost);
        self.adj[v].push(id as u32 + 1);
        id
    }

    /// The flow on an arc added by `add_arc`.
    pub fn flow(&self, arc: usize) -> i64 {
        self.cap[arc ^ 1]
    }

    /// Sends as much flow as possible from `s` to `t`, at the least total cost among maximum flows.
    /// Returns (flow, cost).
    pub fn min_cost_max_flow(&mut self, s: usize, t: usize) -> (i64, i64) {
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
                let pushed = self.augment(s, t, &pot, &level, &mut it, &mut cost);
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
    fn augment(&mut self, s: usize, t: usize, pot: &[i64], level: &[i32], it: &mut [usize], cost: &mut i64) -> i64 {
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
                    *cost += f * self.cost[e];
                }
                total += f;
                // Back up to the tail of the first saturated arc.
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

    #[test]
    fn nothing_to_send() {
        let mut g = Graph::new(3);
        g.add_arc(0, 1, 5, 1);
        assert_eq!(g.min_cost_max_flow(0, 2), (0, 0));
    }
}
