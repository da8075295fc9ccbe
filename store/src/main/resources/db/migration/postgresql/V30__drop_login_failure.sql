-- Failed log-ins were first counted in login_failure, after the password was hashed; V3's login_attempt,
-- recorded before hashing, replaced it and nothing reads or writes login_failure any more.
DROP TABLE login_failure;
