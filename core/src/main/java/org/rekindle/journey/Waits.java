package org.rekindle.journey;

/**
 * The numbers of the process: the guide's ("a month or two", "a second or third time")
 * and the house rules where the guide is silent. Defaults come from the playbook data.
 *
 * @param coolingDays           days of no contact after the breakup, or after contact that broke it (L1)
 * @param replyWaitDays         days to wait for a reply; on the day after, silence begins
 * @param silenceWaitDays       days after silence began before one more text is allowed
 * @param callRetryDays         days between calls when no meeting was agreed
 * @param meetingsBeforeFeelings good meetings before the feelings talk (L17)
 * @param askAgainDays          days to wait after "needs time" before asking once more
 * @param appealWindowDays      days after a decline within which the one final appeal may come (L22)
 * @param appealNotBeforeDays   days after the no before the one appeal is suggested
 * @param callAfterReplyDays    plan pacing: days from the first reply to the call (L8 "even a short texting conversation")
 * @param meetingAfterCallDays  plan pacing: days from the call to the first meeting
 * @param daysBetweenMeetings   plan pacing, and the pause after a meeting that went badly
 */
public record Waits(int coolingDays, int replyWaitDays, int silenceWaitDays, int callRetryDays,
                    int meetingsBeforeFeelings, int askAgainDays, int appealWindowDays,
                    int appealNotBeforeDays, int callAfterReplyDays, int meetingAfterCallDays,
                    int daysBetweenMeetings) {

    /** Longest wait the coach accepts for any setting: a decade is already far past any guide advice. */
    public static final int MAX_DAYS = 3650;

    /** L1: "at least a month or two". A shorter cooling-off is the user's right, and gets a warning. */
    public static final int GUIDE_MINIMUM_COOLING_DAYS = 30;

    public Waits {
        check("cooling-off days", coolingDays, 1);
        check("reply wait days", replyWaitDays, 1);
        check("silence wait days", silenceWaitDays, 1);
        check("days between calls", callRetryDays, 0);
        check("meetings before the feelings talk", meetingsBeforeFeelings, 1);
        check("days before asking again", askAgainDays, 1);
        check("appeal window days", appealWindowDays, 1);
        check("days before the appeal", appealNotBeforeDays, 0);
        if (appealNotBeforeDays > appealWindowDays) {
            throw new IllegalArgumentException("the appeal's first day (" + appealNotBeforeDays
                    + ") must fall inside its window (" + appealWindowDays + " days)");
        }
        check("days from the first reply to the call", callAfterReplyDays, 0);
        check("days from the call to the first meeting", meetingAfterCallDays, 0);
        check("days between meetings", daysBetweenMeetings, 0);
    }

    public Waits withCoolingDays(int days) {
        return new Waits(days, replyWaitDays, silenceWaitDays, callRetryDays, meetingsBeforeFeelings, askAgainDays,
                appealWindowDays, appealNotBeforeDays, callAfterReplyDays, meetingAfterCallDays, daysBetweenMeetings);
    }

    /** Shorter than the guide's "at least a month" (L1). */
    public boolean coolingShorterThanGuide() {
        return coolingDays < GUIDE_MINIMUM_COOLING_DAYS;
    }

    private static void check(String what, int value, int min) {
        if (value < min || value > MAX_DAYS) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + MAX_DAYS + ", not " + value);
        }
    }
}
