package org.rekindle.store;

/**
 * The journal could not be read or written. {@link #isUsersToFix()} says whether the user can fix
 * it (a wrong folder, a missing journey) — the message then says how — or whether it is a fault.
 */
public class StoreException extends RuntimeException {

    private final boolean usersToFix;

    public StoreException(String message, boolean usersToFix) {
        super(message);
        this.usersToFix = usersToFix;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.usersToFix = false;
    }

    public boolean isUsersToFix() {
        return usersToFix;
    }
}
