// One node per contract id. These constraints are also the indexes the importer and every
// analysis use to find an entity by id.
CREATE CONSTRAINT territory_id IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT structure_id IF NOT EXISTS FOR (n:Structure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT professional_id IF NOT EXISTS FOR (n:Professional) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT involvement_id IF NOT EXISTS FOR (n:Involvement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
// A declared partnership has no id in the contract: its key is "a|b|kind" with a <= b.
CREATE CONSTRAINT partnership_key IF NOT EXISTS FOR (n:Partnership) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
// A funding has no id in the contract either: its key is "structure|year|funder|purpose".
CREATE CONSTRAINT funding_key IF NOT EXISTS FOR (n:Funding) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
