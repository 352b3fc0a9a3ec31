#!/usr/bin/env python3
"""Derives france.csv.gz, the synthetic France's real geography, from @etalab/decoupage-administratif 6.0.0.

    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    python3 src/main/resources/demo/make-france.py package/data | gzip -n -9 > src/main/resources/demo/france.csv.gz

Rows: every région, then every département of metropolitan France and the DROM, each under its
région, then the communes of each département (communes actuelles), largest first then by code,
each with its official name and population (population municipale as the package ships it).
People aged 75+ are not in the package: the generator estimates them (see demo/README.md).
"""
import csv
import json
import sys

data = sys.argv[1]
zones = ("metro", "drom")
regions = [r for r in json.load(open(f"{data}/regions.json", encoding="utf-8")) if r["zone"] in zones]
departements = [d for d in json.load(open(f"{data}/departements.json", encoding="utf-8")) if d["zone"] in zones]
communes = [c for c in json.load(open(f"{data}/communes.json", encoding="utf-8"))
            if c["type"] == "commune-actuelle" and c["zone"] in zones]

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["kind", "insee_code", "name", "population", "parent"])
for r in sorted(regions, key=lambda r: r["code"]):
    out.writerow(["region", r["code"], r["nom"], "", ""])
for d in sorted(departements, key=lambda d: d["code"]):
    out.writerow(["departement", d["code"], d["nom"], "", d["region"]])
for c in sorted(communes, key=lambda c: (c["departement"], -c.get("population", 0), c["code"])):
    out.writerow(["commune", c["code"], c["nom"], c.get("population", 0), c["departement"]])
