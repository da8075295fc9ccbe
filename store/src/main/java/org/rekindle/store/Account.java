package org.rekindle.store;

/** An account of the multi-user server: its id, its (lower-cased) email and its Argon2id password hash. */
public record Account(long id, String email, String passwordHash) {
    @Override
    public String toString() {
        return "Account[" + id + ", " + email + "]"; // never the hash in a log line
    }
}
