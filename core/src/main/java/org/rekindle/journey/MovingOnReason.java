package org.rekindle.journey;

/** Why the journey ended: the advice in {@link Stage#MOVING_ON} depends on it. */
public enum MovingOnReason {
    NO_CONTACT_REQUESTED,
    APPEAL_DECLINED,
    NO_APPEAL_IN_TIME,
    SECOND_SILENCE,
    USER_CHOSE
}
