package org.rekindle.journey;

/**
 * Why a logged event does not fit where the journey stands, or what it changed that the user
 * should know. The event is still recorded: the journal keeps what happened. The words shown
 * to the user live in the playbook.
 */
public enum Concern {
    /** The event makes no sense at this stage; the stage does not move (the engine keeps that promise). */
    OUT_OF_STAGE,
    /** A reply with no text of the user's awaiting one: if the ex wrote first, that is ex-reached-out. */
    NOTHING_TO_REPLY_TO,
    /** Contact during the cooling-off: it restarts from that day (L1). */
    COOLING_OFF_RESTARTED,
    /** A second text before the ex replied (L5: one short text, then wait). */
    DOUBLE_TEXT,
    /** A text in silence before its wait was over. */
    TEXT_TOO_SOON,
    /** Another call sooner than the house rule's days between calls. */
    CALL_TOO_SOON,
    /** The feelings talk before the second or third meeting (L17); the ex's answer counts all the same. */
    FEELINGS_TOO_EARLY,
    /** The feelings talk during the cooling-off: contact, so it restarts; the answer counts all the same. */
    FEELINGS_DURING_SPACE,
    /** Asking again before the needs-time wait was over; the answer counts all the same. */
    ASKED_AGAIN_TOO_SOON,
    /** The one appeal sooner than the days after the no the house rule asks for; the answer counts. */
    APPEAL_TOO_SOON,
    /** An appeal when there was no no to appeal; the answer counts. */
    APPEAL_WITHOUT_A_NO,
    /** A second appeal: the guide allows one at most (L22–23); the answer counts. */
    APPEAL_ALREADY_MADE,
    /** Anything logged once the journey has ended: recorded, never acted on (L19, L23). */
    AFTER_THE_END,
    /** A cooling-off shorter than the guide's "at least a month" (L1): the user's right, with a warning. */
    COOLING_SHORTER_THAN_GUIDE,
    /** This entry was retracted: the journal keeps it, the coach no longer counts it. */
    RETRACTED,
    /** A retraction the coach cannot honour: no such entry, a retraction, already retracted, or a final no past 24 hours. */
    RETRACTION_NOT_HONOURED
}
