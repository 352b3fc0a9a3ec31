// The users who may sign in (access) and the append-only audit trail (audit).
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.seq IS UNIQUE;
// One head only: without it, the first appenders after a fresh start each MERGEd a head of their own,
// both at seq 0, and all but one failed on audit_seq (a 500 at sign-in, found by the load test).
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
