#!/usr/bin/env python3
"""Checks lcreview's assignment against an independent solver: OR-Tools' SimpleMinCostFlow.

    python3 -m pip install ortools
    target/release/lcreview-assign-bench --scale gnlc --affinity per-pair \
        --write /tmp/i.json --solution /tmp/s.json
    python3 tests/solver/compare_ortools.py /tmp/i.json /tmp/s.json [--no-balance]

The instance and solution are the JSON the benchmark writes (README, "Instance format"). OR-Tools
solves the same network (source -> bundle (k) -> expert (1, cost AFFINITY_MAX - affinity) -> sink,
one unit arc per free place costing one more than the last with load balancing) as a maximum flow
of minimum cost; the script prints both objectives and fails unless they are equal.
"""
import json
import sys
import time

from ortools.graph.python import min_cost_flow

AFFINITY_MAX = 10
LOAD_STEP = 1


def objective(instance, assigned, balance):
    """(filled slots, objective) of an assignment, as lcreview computes them."""
    affinity = {(p["bundle"], p["expert"]): p["affinity"] for p in instance["eligible"]}
    base = {e["id"]: e.get("load", 0) for e in instance["experts"]}
    added = {}
    total, filled = 0, 0
    for bundle, experts in assigned.items():
        for e in experts:
            total += affinity[(int(bundle), e)]
            added[e] = added.get(e, 0) + 1
            filled += 1
    if balance:
        for e, n in added.items():
            total -= sum(LOAD_STEP * (base[e] + j) for j in range(n))
    return filled, total


def solve(instance, balance):
    experts = sorted(instance["experts"], key=lambda e: e["id"])
    bundles = sorted(instance["bundles"], key=lambda b: b["id"])
    source, sink = 0, 1
    bundle_node = {b["id"]: 2 + i for i, b in enumerate(bundles)}
    expert_node = {e["id"]: 2 + len(bundles) + i for i, e in enumerate(experts)}
    tails, heads, caps, costs = [], [], [], []

    def arc(u, v, cap, cost):
        tails.append(u)
        heads.append(v)
        caps.append(cap)
        costs.append(cost)
        return len(tails) - 1

    for b in bundles:
        arc(source, bundle_node[b["id"]], b["k"], 0)
    pair_arcs = []
    for p in instance["eligible"]:
        i = arc(bundle_node[p["bundle"]], expert_node[p["expert"]], 1, AFFINITY_MAX - p["affinity"])
        pair_arcs.append((i, p["bundle"], p["expert"]))
    for e in experts:
        load = e.get("load", 0)
        free = e["capacity"] - load
        if balance:
            for j in range(free):
                arc(expert_node[e["id"]], sink, 1, LOAD_STEP * (load + j))
        elif free > 0:
            arc(expert_node[e["id"]], sink, free, 0)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    # As much as every bundle could take leaves the source and reaches the sink; the maximum flow of
    # least cost sends what it can.
    slots = sum(b["k"] for b in bundles)
    flow.set_node_supply(source, slots)
    flow.set_node_supply(sink, -slots)
    started = time.perf_counter()
    status = flow.solve_max_flow_with_min_cost()
    elapsed = time.perf_counter() - started
    if status != flow.OPTIMAL:
        sys.exit(f"OR-Tools: status {status}")
    assigned = {}
    for i, b, e in pair_arcs:
        if flow.flow(i) > 0:
            assigned.setdefault(str(b), []).append(e)
    return assigned, elapsed


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    balance = "--no-balance" not in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    instance = json.load(open(args[0]))
    ours = json.load(open(args[1]))
    theirs, elapsed = solve(instance, balance)
    mine = objective(instance, ours["assigned"], balance)
    other = objective(instance, theirs, balance)
    print(f"lcreview: {mine[0]} slots filled, objective {mine[1]}")
    print(f"OR-Tools: {other[0]} slots filled, objective {other[1]} (solved in {elapsed * 1000:.1f} ms)")
    if mine != other:
        sys.exit("the objectives differ")
    print("equal")


if __name__ == "__main__":
    main()
