#!/usr/bin/env python3
"""Generate the centrality test graphs and their networkx reference outputs.

Writes Tests/CiteGraphCoreTests/Fixtures/graphs/NAME.graph.json (the shape of
`citegraph export --format json`), then runs scripts/reference-centrality.py on each
and writes NAME.networkx.json beside it (and NAME.weighted.networkx.json for
weighted-multi). Deterministic: every graph has its own fixed random.Random seed, and
only lists are iterated (never sets or dicts built from random data), so a rerun gives
byte-identical files.

Node ids mix UN symbols (A/RES/70/1, A/RES/70/10, A/RES/70/2, S/RES/2250(2015),
S/2023/856, A/C.3/77/L.5, ...) with file-style ids (003_fda09ecd73bce99b), and the
node list is shuffled, so file order, creation order and id order (ASCII byte order:
'(' < '.' < '/' < digits < uppercase < '_' < lowercase) all differ.

Graphs:
- cycle-small: 8 hand-written nodes, a 3-cycle, a 2-cycle, a source, a sink, an isolate.
- dag-dangling: ~60 nodes, edges only newer -> older, several weak components,
  isolated nodes, dangling (no out-edge) nodes.
- cyclic-400: 400 nodes, ~1600 edges, preferential attachment (heavy-tailed in-degree)
  plus random back edges (cycles); weights 1-5. Asserts spectral radius < 10 so that
  Katz with alpha = 0.1 converges.
- hits-tie: 13 nodes, two isomorphic components -> exactly repeated top singular value
  (the case where nx.hits is ill-defined; power iteration gives equal scores to both).
- weighted-multi: 30 nodes, weights up to 9 (repeated citations), reference computed
  both unweighted and with --weighted.
- planted-communities: 80 nodes in four groups of 14-26, dense citations inside each group
  and a few between them: the graph on which community detection must find the groups
  exactly (scripts/reference-analysis.py checks that leidenalg does).
- citations-5k: 5000 nodes, ~20000 edges, preferential attachment plus 200 back edges: the
  graph on which sampled betweenness and closeness are checked against exact networkx
  values (the exact reference takes about a minute).

Usage: scripts/make-fixture-graphs.py [NAME ...]   (default: every graph)
"""
import json
import os
import random
import subprocess
import sys

import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "CiteGraphCoreTests", "Fixtures", "graphs")
REF = os.path.join(ROOT, "scripts", "reference-centrality.py")

# Ids whose byte order differs from "natural" order; every generated graph starts with them.
TRICKY = ["A/RES/70/1", "A/RES/70/10", "A/RES/70/2", "A/RES/70/1/Add.1",
          "S/RES/2250(2015)", "S/2023/856", "A/C.3/77/L.5", "003_fda09ecd73bce99b"]


def make_ids(rng, n):
    """n distinct UN-looking / file-style ids, in a deterministic order."""
    ids, seen = [], set()
    makers = [
        lambda: f"A/RES/{rng.randint(60, 78)}/{rng.randint(1, 300)}",
        lambda: (lambda y: f"S/RES/{rng.randint(1800, 2720)}({y})")(rng.randint(2008, 2024)),
        lambda: f"S/{rng.randint(2010, 2024)}/{rng.randint(1, 999)}",
        lambda: f"A/{rng.randint(60, 78)}/{rng.randint(1, 900)}",
        lambda: f"A/C.{rng.randint(1, 6)}/{rng.randint(60, 78)}/L.{rng.randint(1, 70)}",
        lambda: f"A/HRC/RES/{rng.randint(20, 55)}/{rng.randint(1, 40)}",
        lambda: f"E/CN.6/{rng.randint(2010, 2024)}/{rng.randint(1, 15)}",
        lambda: f"{rng.randint(0, 999):03d}_{rng.getrandbits(64):016x}",
    ]
    for i in TRICKY[:n]:
        ids.append(i)
        seen.add(i)
    while len(ids) < n:
        i = rng.choice(makers)()
        if i not in seen:
            seen.add(i)
            ids.append(i)
    return ids


def graph_json(rng, ids, edges):
    """edges: list of (source, target, weight); shuffle node order in the file."""
    nodes = list(ids)
    rng.shuffle(nodes)
    return {"nodes": [{"id": i} for i in nodes],
            "edges": [{"source": s, "target": t, "weight": w} for s, t, w in edges]}


def cycle_small():
    ids = ["A/RES/70/1", "A/RES/70/2", "A/RES/70/10", "S/RES/2250(2015)", "S/2023/856",
           "003_fda09ecd73bce99b", "A/C.3/77/L.5", "010_7e41ccd1e4f5132c"]
    edges = [("A/RES/70/1", "A/RES/70/2", 1), ("A/RES/70/2", "A/RES/70/10", 2),
             ("A/RES/70/10", "A/RES/70/1", 1),                     # 3-cycle
             ("S/RES/2250(2015)", "S/2023/856", 1), ("S/2023/856", "S/RES/2250(2015)", 3),
             ("A/RES/70/10", "S/RES/2250(2015)", 1),                # bridge
             ("003_fda09ecd73bce99b", "A/RES/70/1", 1),             # pure source
             ("003_fda09ecd73bce99b", "S/2023/856", 1),
             ("S/2023/856", "A/C.3/77/L.5", 2)]                     # sink; 010_ isolated
    return {"nodes": [{"id": i} for i in ids],
            "edges": [{"source": s, "target": t, "weight": w} for s, t, w in edges]}


def dag_dangling():
    rng = random.Random(20240601)
    sizes = [20, 14, 10, 7, 3, 2]          # weak components (before isolates)
    ids = make_ids(rng, sum(sizes) + 4)     # + 4 isolated nodes
    edges, start = [], 0
    for size in sizes:
        comp = ids[start:start + size]      # index = age: higher index = newer
        start += size
        pending = []                        # dangling nodes nobody newer has cited yet
        for i in range(1, size):
            if i < size - 1 and rng.random() < 0.25:
                pending.append(i)           # cites nothing (dangling); cited by the next
                continue                    # citing node, which keeps the component connected
            pool = [j for j in range(i) if j not in pending]   # node 0 is always in it
            k = min(len(pool), rng.choice([1, 1, 2, 2, 3]))
            targets = sorted(rng.sample(pool, k) + pending)
            pending = []
            edges += [(comp[i], comp[j], rng.randint(1, 3)) for j in targets]
    g = graph_json(rng, ids, edges)
    G = to_nx(g)
    assert nx.is_directed_acyclic_graph(G)
    assert nx.number_weakly_connected_components(G) == len(sizes) + 4
    return g


def cyclic_400():
    rng = random.Random(400400)
    n = 400
    ids = make_ids(rng, n)
    indeg, edges, pairs = [0] * n, [], set()
    wchoice = lambda: rng.choices([1, 2, 3, 4, 5], weights=[50, 25, 12, 8, 5])[0]
    for i in range(1, n):
        m = min(i, rng.choice([1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6]))
        chosen = []
        while len(chosen) < m:              # preferential attachment on in-degree + 1
            j = rng.choices(range(i), weights=[d + 1 for d in indeg[:i]])[0]
            if j not in chosen:
                chosen.append(j)
        for j in chosen:
            indeg[j] += 1
            pairs.add((i, j))
            edges.append((ids[i], ids[j], wchoice()))
    back = 0
    while back < 100:                       # back edges: older cites newer -> cycles
        j = rng.randrange(n - 1)
        i = rng.randrange(j + 1, n)
        if (j, i) not in pairs:
            pairs.add((j, i))
            edges.append((ids[j], ids[i], wchoice()))
            back += 1
    g = graph_json(rng, ids, edges)
    rho = max(abs(np.linalg.eigvals(nx.to_numpy_array(to_nx(g), weight=None))))
    print(f"cyclic-400: spectral radius (unweighted) = {rho:.6f}", file=sys.stderr)
    assert rho < 10, rho
    return g


def weighted_multi():
    rng = random.Random(3030)
    n = 30
    ids = make_ids(rng, n)
    edges, pairs = [], []
    while len(edges) < 90:
        s, t = rng.sample(range(n), 2)
        if (s, t) not in pairs:
            pairs.append((s, t))
            edges.append((ids[s], ids[t], rng.choices(range(1, 10),
                                                      weights=[3, 4, 3, 2, 2, 1, 1, 1, 1])[0]))
    return graph_json(rng, ids, edges)


def hits_tie():
    """Two isomorphic components: the top singular value is exactly repeated, so
    nx.hits (svds) may return any mix of the two singular vectors, while power iteration
    from h = 1/N gives both copies equal scores."""
    a = ["A/RES/70/1", "A/RES/70/10", "A/RES/70/2", "A/RES/70/1/Add.1", "A/C.3/77/L.5"]
    b = ["S/RES/2250(2015)", "S/2023/856", "S/2023/856/Add.1", "S/RES/2250(2016)",
         "003_fda09ecd73bce99b"]
    pattern = [(4, 0), (4, 1), (3, 0), (3, 1), (2, 0)]
    edges = [(c[s], c[t], 1) for c in (a, b) for s, t in pattern]
    edges.append(("E/CN.6/2023/1", "E/CN.6/2023/10", 1))   # smaller third component
    ids = a + b + ["E/CN.6/2023/1", "E/CN.6/2023/10", "120_0badc0ffee123456"]  # + isolate
    return graph_json(random.Random(7), ids, edges)


def planted_communities():
    rng = random.Random(8080)
    sizes = [26, 22, 18, 14]
    ids = make_ids(rng, sum(sizes))
    groups, start = [], 0
    for size in sizes:
        groups.append(list(range(start, start + size)))
        start += size
    edges, pairs = [], set()
    for group in groups:                    # inside: newer cites older with probability 0.35
        for a in group:
            for b in group:
                if b < a and rng.random() < 0.35:
                    pairs.add((a, b))
                    edges.append((ids[a], ids[b], rng.randint(1, 3)))
    between = 0
    while between < 8:                      # a few citations between groups
        g1, g2 = rng.sample(range(len(groups)), 2)
        a, b = rng.choice(groups[g1]), rng.choice(groups[g2])
        if (a, b) not in pairs and (b, a) not in pairs:
            pairs.add((a, b))
            edges.append((ids[a], ids[b], 1))
            between += 1
    g = graph_json(rng, ids, edges)
    group_of = {ids[v]: k for k, group in enumerate(groups) for v in group}
    for node in g["nodes"]:
        node["group"] = group_of[node["id"]]
    return g


def citations_5k():
    rng = random.Random(5000)
    n = 5000
    ids = make_ids(rng, n)
    pool, edges, pairs = [0], [], set()     # each node appears in-degree + 1 times in pool
    for i in range(1, n):
        m = min(i, rng.choice([1, 2, 3, 3, 4, 4, 5, 6, 8]))
        chosen = []
        while len(chosen) < m:
            j = pool[rng.randrange(len(pool))]
            if j not in chosen:
                chosen.append(j)
        for j in chosen:
            pairs.add((i, j))
            edges.append((ids[i], ids[j], 1))
            pool.append(j)
        pool.append(i)
    back = 0
    while back < 200:
        j = rng.randrange(n - 1)
        i = rng.randrange(j + 1, n)
        if (j, i) not in pairs:
            pairs.add((j, i))
            edges.append((ids[j], ids[i], 1))
            back += 1
    return graph_json(rng, ids, edges)


def to_nx(g):
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in g["nodes"])
    G.add_edges_from((e["source"], e["target"]) for e in g["edges"])
    return G


def run_ref(graph_path, out_path, *extra):
    print(f"$ {os.path.relpath(REF, ROOT)} {os.path.relpath(graph_path, ROOT)} "
          f"{''.join(a + ' ' for a in extra)}> {os.path.relpath(out_path, ROOT)}", file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, REF, graph_path, *extra], stdout=f, check=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, make, variants in [("cycle-small", cycle_small, [()]),
                                 ("dag-dangling", dag_dangling, [()]),
                                 ("cyclic-400", cyclic_400, [()]),
                                 ("hits-tie", hits_tie, [()]),
                                 ("weighted-multi", weighted_multi, [(), ("--weighted",)]),
                                 ("planted-communities", planted_communities, [()]),
                                 ("citations-5k", citations_5k, [()])]:
        if len(sys.argv) > 1 and name not in sys.argv[1:]:
            continue
        g = make()
        gp = os.path.join(OUT, f"{name}.graph.json")
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, indent=1, sort_keys=True)
            f.write("\n")
        G = to_nx(g)
        print(f"{name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
              f"{nx.number_weakly_connected_components(G)} weak components, "
              f"dag={nx.is_directed_acyclic_graph(G)}", file=sys.stderr)
        for v in variants:
            suffix = ".weighted" if v else ""
            run_ref(gp, os.path.join(OUT, f"{name}{suffix}.networkx.json"), *v)


if __name__ == "__main__":
    main()
