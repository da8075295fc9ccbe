-- Accounts, for the multi-user server (rekindle serve --db). The same tables and columns as
-- db/migration/postgresql/V2__accounts.sql, so one schema holds on both; on SQLite (one person, one
-- data folder) they stay empty and journey.account_id stays null.
CREATE TABLE account (
    id             INTEGER PRIMARY KEY,
    email          TEXT    NOT NULL UNIQUE,   -- lower-cased
    password_hash  TEXT    NOT NULL,          -- Argon2id, PHC string form
    created_at     TEXT    NOT NULL           -- instant, ISO-8601 UTC
);

ALTER TABLE journey ADD COLUMN account_id INTEGER REFERENCES account (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX journey_one_per_account ON journey (account_id);

CREATE TABLE session (
    token_hash     TEXT    PRIMARY KEY,       -- SHA-256 of the cookie's value: the value itself is never stored
    account_id     INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,          -- epoch milliseconds
    expires_at     INTEGER NOT NULL           -- epoch milliseconds
);
CREATE INDEX session_by_account ON session (account_id);

CREATE TABLE login_failure (
    key            TEXT    NOT NULL,          -- 'account:EMAIL' or 'address:IP'
    at             INTEGER NOT NULL           -- epoch milliseconds
);
CREATE INDEX login_failure_by_key ON login_failure (key, at);
