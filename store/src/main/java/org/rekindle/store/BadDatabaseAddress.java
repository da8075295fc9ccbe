package org.rekindle.store;

/** The PostgreSQL address given does not look like {@code postgresql://HOST:PORT/DB?user=U&password=P}. */
public final class BadDatabaseAddress extends StoreException {

    private final String redacted;

    public BadDatabaseAddress(String redacted, String reason) {
        super(reason);
        this.redacted = redacted;
    }

    /** The address as given, any password hidden. */
    public String address() {
        return redacted;
    }

    /** What is wrong with it. */
    public String reason() {
        return getMessage();
    }
}
