-- Accounts: one journey each, server-side sessions shared by every app instance, and the failed
-- logins the rate limit counts. The same tables and columns as db/migration/sqlite/V2__accounts.sql.
CREATE TABLE account (
    id             BIGSERIAL PRIMARY KEY,
    email          TEXT    NOT NULL UNIQUE,
    password_hash  TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);

ALTER TABLE journey ADD COLUMN account_id BIGINT REFERENCES account (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX journey_one_per_account ON journey (account_id);

CREATE TABLE session (
    token_hash     TEXT    PRIMARY KEY,
    account_id     BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at     BIGINT  NOT NULL,
    expires_at     BIGINT  NOT NULL
);
CREATE INDEX session_by_account ON session (account_id);

CREATE TABLE login_failure (
    key            TEXT    NOT NULL,
    at             BIGINT  NOT NULL
);
CREATE INDEX login_failure_by_key ON login_failure (key, at);
