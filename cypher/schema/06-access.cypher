// The users who may sign in (access) and the append-only audit trail (audit).
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.seq IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
