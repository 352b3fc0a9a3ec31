"""Key partners with networkx, the peer of Maillage's KeyPartners in docs/benchmarks.md.

Reads the méta-réseau Maillage exported for the benchmark (nodes.tsv: id, sector; links.tsv:
source, target, weight; referrals.tsv: sender, receiver, month), computes the contract's
measures (degree, weighted degree, betweenness, PageRank, articulation points, cross-sector
share, Gould-Fernandez brokerage, regularity), ranks them, writes them to networkx.tsv in the
ranking order, and prints its own wall time (whole, and reading the files plus measuring and
ranking, the part Maillage's warm JVM does from the same files) and peak memory. Run with
Debian's interpreter: /usr/bin/python3.
"""
import csv
import resource
import sys
import time
from collections import defaultdict

started = time.perf_counter()
import networkx as nx  # noqa: E402  (imported after the clock starts: part of the end-to-end cost)

imported = time.perf_counter()

folder = sys.argv[1]


def rows(name):
    with open(f"{folder}/{name}", newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t"))


sector = {node: s for node, s in rows("nodes.tsv")}
graph = nx.Graph()
graph.add_nodes_from(sector)
for a, b, w in rows("links.tsv"):
    graph.add_edge(a, b, weight=int(w))
digraph = nx.DiGraph()
digraph.add_nodes_from(sector)
months = defaultdict(set)
for a, b, month in rows("referrals.tsv"):
    digraph.add_edge(a, b)
    months[a].add(month)
    months[b].add(month)

betweenness = nx.betweenness_centrality(graph)
pagerank = nx.pagerank(graph, alpha=0.85, weight="weight")
cutpoints = set(nx.articulation_points(graph))


def brokerage(v):
    roles = dict(coordinator=0, itinerant=0, gatekeeper=0, representative=0, liaison=0)
    for a in digraph.predecessors(v):
        for c in digraph.successors(v):
            if a == c or a == v or c == v or digraph.has_edge(a, c):
                continue
            ga, gv, gc = sector[a], sector[v], sector[c]
            if ga == gv == gc:
                roles["coordinator"] += 1
            elif ga == gc:
                roles["itinerant"] += 1
            elif gv == gc:
                roles["gatekeeper"] += 1
            elif ga == gv:
                roles["representative"] += 1
            else:
                roles["liaison"] += 1
    return roles


answer = []
for v in graph.nodes:
    weighted = sum(d["weight"] for _, _, d in graph.edges(v, data=True))
    cross = sum(d["weight"] for _, u, d in graph.edges(v, data=True) if sector[u] != sector[v])
    answer.append(dict(structureId=v, sector=sector[v], degree=graph.degree(v), weightedDegree=weighted,
                       betweenness=betweenness[v], pagerank=pagerank[v], articulationPoint=v in cutpoints,
                       crossSectorShare=cross / weighted if weighted else 0.0, brokerage=brokerage(v),
                       regularity=len(months[v])))
answer.sort(key=lambda p: (-p["betweenness"], -p["weightedDegree"], p["structureId"]))
ranked = time.perf_counter()
with open(f"{folder}/networkx.tsv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f, delimiter="\t")
    for p in answer:
        b = p["brokerage"]
        out.writerow([p["structureId"], p["degree"], p["weightedDegree"], repr(p["betweenness"]), repr(p["pagerank"]),
                      p["articulationPoint"], repr(p["crossSectorShare"]), b["coordinator"], b["itinerant"],
                      b["gatekeeper"], b["representative"], b["liaison"], p["regularity"]])

elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
# ru_maxrss survives exec and would report the JVM that started us: read this process's own peak.
with open("/proc/self/status", encoding="ascii") as status:
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"networkx {nx.__version__}: {len(answer)} nodes, {graph.number_of_edges()} edges, "
      f"{elapsed * 1000:.0f} ms in the interpreter, of which reading and measuring {(ranked - imported) * 1000:.0f} ms, "
      f"peak RSS {peak_kib / 1024:.0f} MiB, read_measures_ms={(ranked - imported) * 1000:.1f} "
      f"cpu_ms={(usage.ru_utime + usage.ru_stime) * 1000:.0f}")
