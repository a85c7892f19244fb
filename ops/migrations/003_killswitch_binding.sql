-- A registration binds an agent to one process: its pid, its start time (clock ticks after boot, field 22 of
-- /proc/<pid>/stat) and its real uid. The checks are NOT VALID: rows registered before this version stay (the
-- executor refuses them until the agent is registered again), every new or changed row must satisfy them.
ALTER TABLE agents ADD COLUMN IF NOT EXISTS start_time bigint;
ALTER TABLE agents ADD COLUMN IF NOT EXISTS uid integer;
ALTER TABLE agents ADD CONSTRAINT agents_pid_range CHECK (pid > 1 AND pid <= 4194304) NOT VALID;
ALTER TABLE agents ADD CONSTRAINT agents_bound_to_process
    CHECK (start_time IS NOT NULL AND start_time >= 0 AND uid IS NOT NULL AND uid >= 0) NOT VALID;

-- VÉRTICE's own processes (workers, executors): the kill switch refuses them and their ancestors. A row can only
-- add refusals, never a target, and protects nothing once its pid is reused (the start time no longer matches).
CREATE TABLE IF NOT EXISTS protected_processes (
    pid           integer NOT NULL CHECK (pid > 1 AND pid <= 4194304),
    start_time    bigint NOT NULL CHECK (start_time >= 0),
    role          text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (pid, start_time)
);
