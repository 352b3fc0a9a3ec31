// Benchmark only: forgets every exchange log, as if an import had just changed the data.
MATCH (l:ExchangeLog)
DETACH DELETE l
