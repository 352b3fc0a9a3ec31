MATCH (probe:AccessModeProbe) RETURN count(probe) AS probes
