package org.rekindle.journey;

/**
 * Why a logged event does not fit where the journey stands. The event is still recorded:
 * the journal keeps what happened. The words shown to the user live in the playbook.
 */
public enum Concern {
    /** The event makes no sense at this stage; the stage does not move. */
    OUT_OF_STAGE,
    /** Contact during the cooling-off: it restarts from that day (L1). */
    COOLING_OFF_RESTARTED,
    /** A second text before the ex replied (L5: one short text, then wait). */
    DOUBLE_TEXT,
    /** A text in silence before its wait was over. */
    TEXT_TOO_SOON,
    /** Another call sooner than the house rule's days between calls. */
    CALL_TOO_SOON,
    /** The feelings talk before the second or third meeting (L17). */
    FEELINGS_TOO_EARLY,
    /** A second appeal: the guide allows one at most (L22–23). */
    APPEAL_ALREADY_MADE,
    /** Anything logged once the journey has ended: recorded, never acted on (L19, L23). */
    AFTER_THE_END
}
