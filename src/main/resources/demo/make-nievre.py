#!/usr/bin/env python3
"""Derives nievre.csv, the demo's real geography, from @etalab/decoupage-administratif 6.0.0.

    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    python3 src/main/resources/demo/make-nievre.py package/data > src/main/resources/demo/nievre.csv

Rows: the région (27), the département (58), then the communes of the demo's two territories,
each with its official name and population (population municipale as the package ships it), the
demo territory it belongs to, and its people aged 75+ estimated with the département's share
(INSEE, RP2020: 29,311 aged 75+ of 202,670 inhabitants in the Nièvre). Communes are sorted by
population, largest first, then by code: the generator places local structures in that order.
"""
import csv
import json
import sys

# Territories of the demo, each the communes of real EPCI (intercommunalités) of the Nièvre.
TERRITORIES = {
    "agglo-nevers": ["245804406"],              # CA de Nevers
    "morvan": ["200067890", "200067882"],       # CC Morvan Sommets et Grands Lacs, CC Bazois Loire Morvan
}
SHARE_75_PLUS = 29311 / 202670                  # INSEE, Nièvre (58), RP2020, table POP T0

data = sys.argv[1]
communes = {c["code"]: c for c in json.load(open(f"{data}/communes.json", encoding="utf-8"))
            if c["type"] == "commune-actuelle"}
epci = {e["code"]: e for e in json.load(open(f"{data}/epci.json", encoding="utf-8"))}
region = next(r for r in json.load(open(f"{data}/regions.json", encoding="utf-8")) if r["code"] == "27")
departement = next(d for d in json.load(open(f"{data}/departements.json", encoding="utf-8")) if d["code"] == "58")

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["kind", "insee_code", "name", "population", "population_75_plus", "territory"])
out.writerow(["region", "27", region["nom"],
              sum(c.get("population", 0) for c in communes.values() if c.get("region") == "27"), "", ""])
population58 = sum(c.get("population", 0) for c in communes.values() if c.get("departement") == "58")
out.writerow(["departement", "58", departement["nom"], population58, round(population58 * SHARE_75_PLUS), ""])
rows = []
for territory, codes in TERRITORIES.items():
    for code in codes:
        for member in epci[code]["membres"]:
            commune = communes[member["code"]]
            assert commune["departement"] == "58", commune
            rows.append((territory, commune))
rows.sort(key=lambda r: (list(TERRITORIES).index(r[0]), -r[1]["population"], r[1]["code"]))
for territory, commune in rows:
    out.writerow(["commune", commune["code"], commune["nom"], commune["population"],
                  round(commune["population"] * SHARE_75_PLUS), territory])
