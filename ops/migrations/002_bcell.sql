-- B-cell memory: confirmed malicious payloads that become learned reflexes.
CREATE TABLE IF NOT EXISTS b_cell_memory (
    fingerprint     text PRIMARY KEY,
    rule_id         integer NOT NULL UNIQUE,
    field           text NOT NULL,
    literal         text NOT NULL,
    category        text NOT NULL,
    affinity        double precision NOT NULL,
    detections      integer NOT NULL DEFAULT 1,
    false_positives integer NOT NULL DEFAULT 0,
    feedbacks       integer NOT NULL DEFAULT 0,
    first_seen      timestamptz NOT NULL DEFAULT now(),
    last_seen       timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL DEFAULT now() + interval '365 days'
);
