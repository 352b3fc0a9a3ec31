// Memory held by the transaction of an import (its metadata carries the import id), for the
// progress log: heap for on-heap transaction state, direct bytes for off-heap.
SHOW TRANSACTIONS
YIELD metaData, estimatedUsedHeapMemory, allocatedDirectBytes
WHERE metaData.importId = $id
RETURN estimatedUsedHeapMemory AS heap, allocatedDirectBytes AS direct
