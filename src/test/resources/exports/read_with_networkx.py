"""Reads Maillage's exports the way a researcher would, and prints what networkx sees as JSON.

usage: read_with_networkx.py <export.zip> <export.graphml>
"""
import csv
import io
import json
import sys
import zipfile

import networkx as nx


def table(archive, name):
    return list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")))


with zipfile.ZipFile(sys.argv[1]) as archive:
    nodes = table(archive, "nodes.csv")
    edges = table(archive, "edges.csv")
    metadata = json.loads(archive.read("metadata.json"))

G = nx.Graph()
G.add_nodes_from((row["id"], row) for row in nodes)
G.add_edges_from((row["source"], row["target"], {"weight": float(row["weight"])}) for row in edges)
graphml = nx.read_graphml(sys.argv[2])

print(json.dumps({
    "csv": {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "degree": dict(G.degree()),
        "weightedDegree": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G),
        "articulationPoint": {row["id"]: row["articulationPoint"] == "true" for row in nodes},
        "networkxArticulationPoints": sorted(nx.articulation_points(G)),
        "metadata": metadata,
    },
    "graphml": {
        "nodes": graphml.number_of_nodes(),
        "edges": graphml.number_of_edges(),
        "degree": dict(graphml.degree()),
        "header": {k: v for k, v in graphml.graph.items() if isinstance(v, str)},
    },
}, default=float))
