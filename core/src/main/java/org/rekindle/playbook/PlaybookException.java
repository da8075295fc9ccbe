package org.rekindle.playbook;

/** A playbook that cannot be used: the message names the file and the entry at fault. */
public final class PlaybookException extends RuntimeException {
    public PlaybookException(String message) {
        super(message);
    }
}
