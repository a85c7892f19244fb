-- Commands that survive a crash: when an executor started one (a started, unconfirmed command is completed on
-- restart), and the outbox of operator commands accepted while NATS may be away (published by the worker).
ALTER TABLE commands ADD COLUMN IF NOT EXISTS started_at timestamptz;
CREATE INDEX IF NOT EXISTS commands_unfinished ON commands (started_at) WHERE confirmation IS NULL;
CREATE INDEX IF NOT EXISTS commands_received ON commands (received_at DESC, command_id);

CREATE TABLE IF NOT EXISTS command_outbox (
    command_id   text PRIMARY KEY REFERENCES commands (command_id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX IF NOT EXISTS command_outbox_unpublished ON command_outbox (created_at) WHERE published_at IS NULL;

-- /ws/verdicts?since= replays from the verdict sink in time order
CREATE INDEX IF NOT EXISTS verdicts_ts ON verdicts (ts, verdict_id);
