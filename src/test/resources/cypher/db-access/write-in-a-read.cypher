// A write, for db.ReadAndWriteTransactionsTest to send through Graph.read (refused) and Graph.write (done).
CREATE (probe:AccessModeProbe {at: $at})
RETURN count(probe) AS created
