// Territories are found by their official INSEE code (ROR import, INSEE helper).
CREATE INDEX territory_insee_code IF NOT EXISTS FOR (n:Territory) ON (n.inseeCode);
