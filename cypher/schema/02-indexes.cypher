// Windows over dates are the analyses' first filter.
CREATE INDEX referral_date IF NOT EXISTS FOR (n:Referral) ON (n.date);
CREATE INDEX involvement_start IF NOT EXISTS FOR (n:Involvement) ON (n.start);
CREATE INDEX assessment_date IF NOT EXISTS FOR (n:Assessment) ON (n.date);
CREATE INDEX structure_type IF NOT EXISTS FOR (n:Structure) ON (n.type);
