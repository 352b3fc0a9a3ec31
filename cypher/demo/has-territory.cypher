// Whether the database already holds territories: the demo is loaded only into an empty one.
RETURN EXISTS { MATCH (:Territory) } AS present
