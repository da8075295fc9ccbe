package org.rekindle.store;

/**
 * The data folder or a file of rekindle's in it is open to other accounts on this machine and
 * cannot be made private (another owner, an error): the user fixes it with the command the message gives.
 */
public final class FolderNotPrivate extends StoreException {
    public FolderNotPrivate(String message) {
        super(message);
    }
}
