// The nodes through which app instances sharing one database coordinate (db.Leases,
// db.PublicationGate). Applied before the rest of the schema, which is itself applied under a
// lease: a lease is only one node per name while this constraint holds.
CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (n:Lease) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT publication_gate_name IF NOT EXISTS FOR (n:PublicationGate) REQUIRE n.name IS UNIQUE;
