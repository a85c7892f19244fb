-- VÉRTICE schema v1: verdicts, commands, the agent registry and the append-only audit log.
CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE IF NOT EXISTS verdicts (
    verdict_id    text PRIMARY KEY,
    ts            double precision NOT NULL,
    entity        text NOT NULL,
    final_verdict text NOT NULL,
    severity      text NOT NULL,
    category      text NOT NULL,
    status        text NOT NULL,
    doc           jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS verdicts_entity_ts ON verdicts (entity, ts DESC);
CREATE INDEX IF NOT EXISTS verdicts_final_ts ON verdicts (final_verdict, ts DESC);

CREATE TABLE IF NOT EXISTS agents (
    agent_id            text PRIMARY KEY,
    pid                 integer NOT NULL,
    parent_agent_id     text,
    credentials_revoked boolean NOT NULL DEFAULT false,
    registered_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS agents_parent ON agents (parent_agent_id);

CREATE TABLE IF NOT EXISTS commands (
    command_id   text PRIMARY KEY,
    command_type text NOT NULL,
    status       text NOT NULL,
    doc          jsonb NOT NULL,
    confirmation jsonb,
    received_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS audit_log (
    seq        bigint PRIMARY KEY,
    ts         double precision NOT NULL,
    command_id text NOT NULL,
    agent_id   text,
    action     text NOT NULL,
    layer      text,
    outcome    text NOT NULL,
    detail     text NOT NULL,
    prev_hash  text NOT NULL,
    hash       text NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS audit_command ON audit_log (command_id);

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
