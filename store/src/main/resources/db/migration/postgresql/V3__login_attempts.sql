-- Log-in attempts, recorded BEFORE the password is hashed, so that concurrent guesses count against
-- each other (login_failure, counted after the hash, let 100 parallel guesses through as 72). A row
-- is written pending and deleted when the attempt succeeds: a pending row counts as a failure until
-- then, so a guess in flight already uses up its share. login_known remembers the addresses an
-- account has logged in from, which pass the account-wide limit (a stranger cannot lock the owner out).
-- The same tables and columns as db/migration/sqlite/V3__login_attempts.sql (empty there: one person, no log-in).
CREATE TABLE login_attempt (
    id             BIGSERIAL PRIMARY KEY,
    account        TEXT    NOT NULL,          -- the normalised email, as typed: known account or not
    address        TEXT    NOT NULL,          -- the client address (IPv6: its /64)
    at             BIGINT  NOT NULL           -- epoch milliseconds
);
CREATE INDEX login_attempt_by_account ON login_attempt (account, at);
CREATE INDEX login_attempt_by_address ON login_attempt (address, at);

CREATE TABLE login_known (
    account        TEXT    NOT NULL,
    address        TEXT    NOT NULL,
    at             BIGINT  NOT NULL,
    PRIMARY KEY (account, address)
);
