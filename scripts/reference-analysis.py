#!/usr/bin/env python3
"""Independent references for citegraph's network analysis: communities (python-igraph and
leidenalg), co-citation and bibliographic coupling (numpy), and main path analysis (path
enumeration or exact integer counts).

Usage: scripts/reference-analysis.py [NAME ...]   (default: every graph below)

Reads Tests/CiteGraphCoreTests/Fixtures/graphs/NAME.graph.json (made by
scripts/make-fixture-graphs.py) and writes NAME.analysis.json beside it (sorted keys,
floats in repr precision). Needs `pip install python-igraph leidenalg`; the Swift tests
read the committed files and need neither.

Contract (the node order is the ids' code point order, which is citegraph's byte order for
these ids):
- communities: the undirected view: u-v carries weight(u->v) + weight(v->u), each 1
  (unweighted) or the edge's citation count ("weighted"); no self-loops. Modularity is
  igraph's Graph.modularity (resolution 1) with those weights.
  "best": leidenalg.find_partition(ModularityVertexPartition, n_iterations=-1) over seeds
  0..99, the highest modularity kept (ties: the lowest seed); "multilevel": igraph's
  community_multilevel (Louvain); "random": three random partitions into 2, 5 and 12 groups.
  Each partition is listed with igraph's modularity of it, so that the test checks
  citegraph's modularity function on partitions it did not make.
- cocitation / coupling: every pair {a, b} (a < b) with a non-zero entry of A^T A /
  A A^T, A the 0/1 adjacency matrix; sorted by count (highest first), then a, then b.
- main_path: cycles are broken by dropping the back edges of a depth-first search from
  each node in id order, following edges in target id order (citegraph's documented rule,
  implemented here on its own). Sources: nodes with in-degree 0 and out-degree > 0 in the
  acyclic graph; sinks: out-degree 0 and in-degree > 0. SPC of an edge: the number of
  source-to-sink paths through it. When there are at most 200,000 such paths they are
  enumerated one by one ("method": "enumeration"); else counted exactly with Python
  integers, paths-from-sources x paths-to-sinks ("method": "counting"). The global main
  path: the source-to-sink path with the largest sum of SPC, ties broken by the
  lexicographically smallest sequence of node indices.
"""
import json
import os
import random
import sys

import igraph as ig
import leidenalg
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRAPHS = os.path.join(ROOT, "Tests", "CiteGraphCoreTests", "Fixtures", "graphs")
NAMES = ["cycle-small", "dag-dangling", "cyclic-400", "hits-tie", "weighted-multi", "seeds",
         "planted-communities"]
WEIGHTED = {"weighted-multi"}
ENUMERATION_LIMIT = 200_000


def load(name):
    with open(os.path.join(GRAPHS, f"{name}.graph.json"), encoding="utf-8") as f:
        data = json.load(f)
    ids = sorted(n["id"] for n in data["nodes"])
    index = {i: k for k, i in enumerate(ids)}
    edges = {}
    for e in data["edges"]:
        key = (index[e["source"]], index[e["target"]])
        assert key not in edges, f"duplicate edge {key}"
        edges[key] = e.get("weight", 1)
    return ids, edges


def undirected(ids, edges, weighted):
    pair_weight = {}
    for (s, t), w in edges.items():
        if s == t:
            continue
        key = (min(s, t), max(s, t))
        pair_weight[key] = pair_weight.get(key, 0) + (w if weighted else 1)
    keys = sorted(pair_weight)
    g = ig.Graph(n=len(ids), edges=keys, directed=False)
    g.es["weight"] = [float(pair_weight[k]) for k in keys]
    return g


def communities(ids, edges, weighted):
    g = undirected(ids, edges, weighted)
    def named(membership):
        return {ids[v]: int(c) for v, c in enumerate(membership)}
    best = None
    for seed in range(100):
        p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight",
                                     n_iterations=-1, seed=seed)
        q = g.modularity(p.membership, weights="weight")
        if best is None or q > best[0] + 1e-12:
            best = (q, seed, list(p.membership))
    louvain = g.community_multilevel(weights="weight")
    rng = random.Random(len(ids))
    partitions = [{"name": f"leidenalg seed {best[1]}", "membership": named(best[2]),
                   "modularity": best[0]},
                  {"name": "igraph multilevel", "membership": named(louvain.membership),
                   "modularity": g.modularity(louvain.membership, weights="weight")}]
    for k in (2, 5, 12):
        m = [rng.randrange(k) for _ in ids]
        partitions.append({"name": f"random {k}", "membership": named(m),
                           "modularity": g.modularity(m, weights="weight")})
    return {"weighted": weighted, "best_modularity": best[0], "best_seed": best[1],
            "best_count": len(set(best[2])), "partitions": partitions}


def pairs(ids, edges):
    n = len(ids)
    a = np.zeros((n, n), dtype=np.int64)
    for (s, t) in edges:
        a[s, t] = 1
    out = {}
    for kind, m in (("cocitation", a.T @ a), ("coupling", a @ a.T)):
        rows = [(int(m[i, j]), i, j) for i in range(n) for j in range(i + 1, n) if m[i, j] > 0]
        rows.sort(key=lambda r: (-r[0], r[1], r[2]))
        out[kind] = [[ids[i], ids[j], c] for c, i, j in rows]
    return out


def back_edges(n, edges):
    out = [[] for _ in range(n)]
    for (s, t) in sorted(edges):
        out[s].append(t)
    state, back = [0] * n, []
    sys.setrecursionlimit(10000 + 4 * n)
    def visit(v):
        state[v] = 1
        for w in out[v]:
            if state[w] == 0:
                visit(w)
            elif state[w] == 1:
                back.append((v, w))
        state[v] = 2
    for v in range(n):
        if state[v] == 0:
            visit(v)
    return back


def main_path(ids, edges):
    n = len(ids)
    dropped = back_edges(n, edges)
    kept = sorted(set(edges) - set(dropped))
    out = [[] for _ in range(n)]
    indeg, outdeg = [0] * n, [0] * n
    for s, t in kept:
        out[s].append(t)
        outdeg[s] += 1
        indeg[t] += 1
    sources = [v for v in range(n) if indeg[v] == 0 and outdeg[v] > 0]
    # Exact path counts (also decide whether enumeration is affordable).
    memo = {}
    def to_sinks(v):
        if v not in memo:
            memo[v] = 1 if not out[v] else sum(to_sinks(w) for w in out[v])
        return memo[v]
    total = sum(to_sinks(v) for v in sources)
    spc = {e: 0 for e in kept}
    if total <= ENUMERATION_LIMIT:
        method = "enumeration"
        best = None
        def walk(path):
            nonlocal best
            v = path[-1]
            if not out[v]:
                steps = list(zip(path, path[1:]))
                for e in steps:
                    spc[e] += 1
                return
            for w in out[v]:
                walk(path + [w])
        for s in sources:
            walk([s])
        # Second pass: the heaviest path by the SPC just counted.
        def walk_best(path, weight):
            nonlocal best
            v = path[-1]
            if not out[v]:
                key = (-weight, path)
                if best is None or key < best:
                    best = key
                return
            for w in out[v]:
                walk_best(path + [w], weight + spc[(v, w)])
        for s in sources:
            walk_best([s], 0)
        path = best[1] if best else []
    else:
        method = "counting"
        frm = [0] * n
        order = topological(n, out, indeg)
        for v in sources:
            frm[v] = 1
        for v in order:
            for w in out[v]:
                frm[w] += frm[v]
        for (s, t) in kept:
            spc[(s, t)] = frm[s] * to_sinks(t)
        heaviest = {}
        def heavy(v):
            if v not in heaviest:
                heaviest[v] = max(((spc[(v, w)] + heavy(w)[0], [v] + heavy(w)[1]) for w in out[v]),
                                  key=lambda r: (r[0], [-x for x in r[1]]), default=(0, [v]))
            return heaviest[v]
        cands = [heavy(s) for s in sources]
        path = max(cands, key=lambda r: (r[0], [-x for x in r[1]]))[1] if cands else []
    return {"method": method, "path_count": total,
            "dropped_edges": [[ids[s], ids[t]] for s, t in dropped],
            "spc": [[ids[s], ids[t], spc[(s, t)]] for s, t in kept],
            "path": [ids[v] for v in path],
            "path_spc": [spc[(a, b)] for a, b in zip(path, path[1:])]}


def topological(n, out, indeg):
    remaining = list(indeg)
    ready = [v for v in range(n) if remaining[v] == 0]
    order = []
    while ready:
        v = ready.pop()
        order.append(v)
        for w in out[v]:
            remaining[w] -= 1
            if remaining[w] == 0:
                ready.append(w)
    return order


def same_partition(a, b):
    """Whether two {id: label} maps group the ids the same way, whatever the labels."""
    pairs = {(a[i], b[i]) for i in a}
    return len(pairs) == len(set(a.values())) == len(set(b.values()))


def main():
    names = sys.argv[1:] or NAMES
    for name in names:
        ids, edges = load(name)
        result = {"graph": {"nodes": len(ids), "edges": len(edges)},
                  "communities": communities(ids, edges, False),
                  "main_path": main_path(ids, edges)}
        if name == "planted-communities":
            # The planted groups must be what the reference finds, or the test proves nothing.
            with open(os.path.join(GRAPHS, f"{name}.graph.json"), encoding="utf-8") as f:
                planted = {n["id"]: n["group"] for n in json.load(f)["nodes"]}
            found = result["communities"]["partitions"][0]["membership"]
            assert same_partition(planted, found), "leidenalg does not find the planted groups"
            result["communities"]["planted"] = planted
        if name in WEIGHTED:
            result["communities_weighted"] = communities(ids, edges, True)
        result.update(pairs(ids, edges))
        c = result["communities"]
        mp = result["main_path"]
        print(f"{name}: {len(ids)} nodes, {len(edges)} edges; leidenalg best modularity "
              f"{c['best_modularity']:.6f} ({c['best_count']} communities); main path of "
              f"{len(mp['path'])} by {mp['method']} ({mp['path_count']} paths, "
              f"{len(mp['dropped_edges'])} back edges dropped)", file=sys.stderr)
        with open(os.path.join(GRAPHS, f"{name}.analysis.json"), "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
