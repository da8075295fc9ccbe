-- Log-in attempts and the addresses accounts log in from, for the multi-user server's limits (see
-- db/migration/postgresql/V3__login_attempts.sql). The same tables and columns, so one schema holds
-- on both; on SQLite (one person, one data folder, no log-in) they stay empty.
CREATE TABLE login_attempt (
    id             INTEGER PRIMARY KEY,
    account        TEXT    NOT NULL,
    address        TEXT    NOT NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX login_attempt_by_account ON login_attempt (account, at);
CREATE INDEX login_attempt_by_address ON login_attempt (address, at);

CREATE TABLE login_known (
    account        TEXT    NOT NULL,
    address        TEXT    NOT NULL,
    at             INTEGER NOT NULL,
    PRIMARY KEY (account, address)
);
