-- The journal: one journey per data dir for now, its events append-only.
CREATE TABLE journey (
    id            INTEGER PRIMARY KEY,
    ex            TEXT    NOT NULL,
    breakup       TEXT    NOT NULL,          -- local date, YYYY-MM-DD
    ended_by      TEXT    NOT NULL,          -- me | them | mutual
    hurtful       INTEGER NOT NULL DEFAULT 0,
    cooling_days  INTEGER,                   -- null: the playbook's default
    created_at    TEXT    NOT NULL           -- instant, ISO-8601 UTC
);

CREATE TABLE event (
    journey_id    INTEGER NOT NULL REFERENCES journey (id),
    version       INTEGER NOT NULL,          -- 1, 2, 3... in the order logged
    kind          TEXT    NOT NULL,          -- the name a user types: text-sent, reply...
    at            TEXT    NOT NULL,          -- local date it happened, YYYY-MM-DD
    payload       TEXT    NOT NULL,          -- JSON: the kind's own fields
    recorded_at   TEXT    NOT NULL,          -- instant it was logged, ISO-8601 UTC
    PRIMARY KEY (journey_id, version)
);

-- Append-only: an event once stored is never rewritten nor removed.
CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'journal events are append-only');
END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'journal events are append-only');
END;
