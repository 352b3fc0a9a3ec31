// Which entities have no node at all yet (from the count store, without a scan): rows of a file
// whose label is empty are all new, so the writer CREATEs them instead of MERGE.
RETURN COUNT { (:Territory) } = 0 AS `territories.csv`,
       COUNT { (:Structure) } = 0 AS `structures.csv`,
       COUNT { (:Professional) } = 0 AS `professionals.csv`,
       COUNT { (:Person) } = 0 AS `persons.csv`,
       COUNT { (:Assessment) } = 0 AS `assessments.csv`,
       COUNT { (:Referral) } = 0 AS `referrals.csv`,
       COUNT { (:Involvement) } = 0 AS `involvements.csv`,
       COUNT { (:Partnership) } = 0 AS `partnerships.csv`,
       COUNT { (:Meeting) } = 0 AS `meetings.csv`,
       COUNT { (:Funding) } = 0 AS `fundings.csv`
