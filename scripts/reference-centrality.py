#!/usr/bin/env python3
"""Independent networkx reference for citegraph's centrality measures.

Usage: scripts/reference-centrality.py GRAPH.json [--weighted] > OUT.json

GRAPH.json has the shape of `citegraph export --format json`:
  {"nodes": [{"id": ...}, ...], "edges": [{"source": ..., "target": ..., "weight": w}, ...]}
(other keys are ignored). We build an nx.DiGraph with every node in file order and one
edge per (source, target) pair. Duplicate pairs and edges to unknown ids are rejected
rather than silently merged/added, because either would hide an exporter bug.

Output (json.dump, sorted keys, floats in repr precision so nothing is rounded):
  {"graph": {"nodes": N, "edges": M},
   "nodes": [{"id", "in_degree", "out_degree", "pagerank", "hub", "authority",
              "betweenness", "closeness", "katz"}, ...]}   # sorted by id (code point order)

Contract (W = 'weight' with --weighted, else None):
- in_degree/out_degree: distinct neighbours in the simple digraph, always unweighted.
- pagerank: nx.pagerank(G, alpha=0.85, weight=W, tol=1e-12, max_iter=100000).
  Dangling nodes spread their mass uniformly (networkx default).
- hub/authority: networkx's power iteration _hits_python(G, max_iter=100000, tol=1e-13,
  normalized=True), NOT nx.hits: nx.hits takes the top singular vector from scipy svds,
  which is arbitrary when the top singular value is repeated (common when a citation
  graph has several components). Power iteration from the fixed start h = 1/N is
  deterministic in that case too. Start h = 1/N; each step a = A^T h, h = A a,
  h /= max(h), a /= max(a); stop when sum|h - hlast| < tol; finally a /= sum(a),
  h /= sum(h). A is the 0/1 adjacency matrix, or the weight matrix with --weighted.
  When the top singular value is simple (gap > 1e-6) we assert agreement with nx.hits to
  1e-6; a note goes to stderr either way.
- betweenness: nx.betweenness_centrality(G, normalized=True, weight=W). NB: networkx
  treats weight as a *distance* (a heavier edge is a longer path), not as a strength.
- closeness: nx.closeness_centrality(G) - unweighted, incoming distances (distance TO the
  node), wf_improved=True (Wasserman-Faust scaling for unreachable nodes).
- katz: nx.katz_centrality(G, alpha=0.1, beta=1.0, tol=1e-12, max_iter=100000,
  normalized=True, weight=None) - always unweighted; needs spectral radius < 10.
--weighted affects pagerank, hub/authority and betweenness only.
"""
import json
import sys

import networkx as nx
import numpy as np


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in data["nodes"])
    for e in data["edges"]:
        s, t = e["source"], e["target"]
        if s not in G or t not in G:
            sys.exit(f"edge {s!r} -> {t!r} references an unknown node")
        if G.has_edge(s, t):
            sys.exit(f"duplicate edge {s!r} -> {t!r}")
        G.add_edge(s, t, weight=e.get("weight", 1))
    return G


def hits_power(G):
    """networkx's own power iteration if present, else an exact re-implementation."""
    impl = getattr(nx.algorithms.link_analysis.hits_alg, "_hits_python", None)
    if impl is not None:
        return impl(G, max_iter=100000, tol=1e-13, normalized=True)
    h = dict.fromkeys(G, 1.0 / len(G))
    for _ in range(100000):
        hlast, h, a = h, dict.fromkeys(G, 0), dict.fromkeys(G, 0)
        for n in G:
            for nbr, d in G[n].items():
                a[nbr] += hlast[n] * d.get("weight", 1)
        for n in G:
            for nbr, d in G[n].items():
                h[n] += a[nbr] * d.get("weight", 1)
        sh, sa = 1.0 / max(h.values()), 1.0 / max(a.values())   # multiply by reciprocal,
        h = {n: v * sh for n, v in h.items()}                     # as networkx does
        a = {n: v * sa for n, v in a.items()}
        if sum(abs(h[n] - hlast[n]) for n in h) < 1e-13:
            break
    else:
        raise nx.PowerIterationFailedConvergence(100000)
    sh, sa = 1.0 / sum(h.values()), 1.0 / sum(a.values())
    return {n: v * sh for n, v in h.items()}, {n: v * sa for n, v in a.items()}


def check_against_svds(G, hub, auth):
    """Compare with nx.hits (svds) when the top singular value is simple."""
    if len(G) > 5000:
        print("hits check: graph too large for dense SVD, skipped", file=sys.stderr)
        return
    sv = np.linalg.svd(nx.to_numpy_array(G, weight="weight"), compute_uv=False)
    gap = sv[0] - sv[1] if len(sv) > 1 else float("inf")
    h2, a2 = nx.hits(G)
    diff = max(max(abs(hub[n] - h2[n]), abs(auth[n] - a2[n])) for n in G)
    simple = gap > 1e-6
    print(f"hits check: sigma1={sv[0]:.12g} gap={gap:.3g} "
          f"({'simple' if simple else 'REPEATED'}), max|power - svds| = {diff:.3g}",
          file=sys.stderr)
    if simple:
        assert diff < 1e-6, f"power iteration disagrees with nx.hits by {diff}"


def main():
    args = sys.argv[1:]
    weighted = "--weighted" in args
    paths = [a for a in args if a != "--weighted"]
    if len(paths) != 1:
        sys.exit(__doc__.split("\n\n")[1])
    G = load(paths[0])
    W = "weight" if weighted else None

    # The HITS graph carries weights only with --weighted (_hits_python reads 'weight').
    if weighted:
        H = G
    else:
        H = nx.DiGraph()
        H.add_nodes_from(G)
        H.add_edges_from(G.edges())
    if H.number_of_edges() == 0:
        sys.exit("HITS is undefined for a graph without edges")
    hub, auth = hits_power(H)
    check_against_svds(H, hub, auth)

    pr = nx.pagerank(G, alpha=0.85, weight=W, tol=1e-12, max_iter=100000)
    btw = nx.betweenness_centrality(G, normalized=True, weight=W)
    clo = nx.closeness_centrality(G)
    katz = nx.katz_centrality(G, alpha=0.1, beta=1.0, tol=1e-12, max_iter=100000,
                              normalized=True, weight=None)

    nodes = [{"id": n,
              "in_degree": G.in_degree(n), "out_degree": G.out_degree(n),
              "pagerank": float(pr[n]), "hub": float(hub[n]), "authority": float(auth[n]),
              "betweenness": float(btw[n]), "closeness": float(clo[n]),
              "katz": float(katz[n])}
             for n in sorted(G)]
    out = {"graph": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
           "nodes": nodes}
    json.dump(out, sys.stdout, sort_keys=True, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
