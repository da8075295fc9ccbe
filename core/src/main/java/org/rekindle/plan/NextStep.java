package org.rekindle.plan;

/** The next thing to do, as the engine picks it; what it says and whether it contacts the ex is playbook data. */
public enum NextStep {
    SEND_FIRST_TEXT,
    WAIT_FOR_REPLY,
    SEND_ONE_MORE_TEXT,
    CALL,
    CALL_AGAIN,
    MEET,
    PROPOSE_ANOTHER_MEETING,
    /** After a meeting that went so-so: one more brief, light one, to see. */
    ONE_MORE_LIGHT_MEETING,
    /** After a meeting that went badly: give it some days, then a lighter idea. */
    GIVE_IT_SPACE,
    TALK_ABOUT_FEELINGS,
    ASK_AGAIN,
    FINAL_APPEAL,
    APOLOGIZE,
    FORGIVE,
    MAKE_NEW_MEMORIES,
    MOVE_ON
}
