package org.rekindle.plan;

/** The waits a status counts down, each with a start, a length and the day it ends. */
public enum Wait {
    /** SPACE: the cooling-off, until the first text (L1). */
    COOLING_OFF,
    /** AWAITING_REPLY: the days a reply is waited for. */
    REPLY,
    /** SILENCE: the wait before one more text. */
    SILENCE,
    /** CALL: the days between calls when no meeting was agreed. */
    CALL_RETRY,
    /** MEETING: the pause after a meeting that went badly. */
    AFTER_BAD_MEETING,
    /** FEELINGS: the wait after "needs time" before asking once more. */
    ASK_AGAIN,
    /** DECLINED: the days after the no before the one appeal. */
    APPEAL_PAUSE,
    /** DECLINED: the window the one appeal must come in. */
    APPEAL_WINDOW
}
