-- Workspace identity, local clerk profiles and the audit trail every write adds to.
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE clerks (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    pin_salt   TEXT,
    pin_hash   TEXT,
    created_at TEXT NOT NULL,
    retired_at TEXT
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    clerk_id  TEXT NOT NULL REFERENCES clerks (id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    detail    TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
