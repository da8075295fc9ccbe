-- The journal, as db/migration/sqlite/V1__journal.sql has it: the same tables, columns and keys.
-- Dates and instants stay text (YYYY-MM-DD, ISO-8601 UTC) on both, so an exported file reads the same.
CREATE TABLE journey (
    id            BIGSERIAL PRIMARY KEY,
    ex            TEXT    NOT NULL,
    breakup       TEXT    NOT NULL,
    ended_by      TEXT    NOT NULL,
    hurtful       INTEGER NOT NULL DEFAULT 0,
    cooling_days  INTEGER,
    created_at    TEXT    NOT NULL
);

CREATE TABLE event (
    journey_id    BIGINT  NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    version       BIGINT  NOT NULL,
    kind          TEXT    NOT NULL,
    at            TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL,
    PRIMARY KEY (journey_id, version)   -- two appends can never land at one version
);

-- Append-only: an event once stored is never rewritten; it is removed only with its whole account,
-- inside the transaction that erases the account (which sets rekindle.erasing for itself alone).
CREATE FUNCTION event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('rekindle.erasing', true) = 'account' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'journal events are append-only';
END;
$$;

CREATE TRIGGER event_is_append_only BEFORE UPDATE OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION event_is_append_only();
