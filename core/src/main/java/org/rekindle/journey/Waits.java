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
 */
public record Waits(int coolingDays, int replyWaitDays, int silenceWaitDays, int callRetryDays,
                    int meetingsBeforeFeelings, int askAgainDays, int appealWindowDays) {

    /** Longest wait the coach accepts for any setting: a decade is already far past any guide advice. */
    public static final int MAX_DAYS = 3650;

    public Waits {
        check("cooling-off days", coolingDays, 1);
        check("reply wait days", replyWaitDays, 1);
        check("silence wait days", silenceWaitDays, 1);
        check("days between calls", callRetryDays, 0);
        check("meetings before the feelings talk", meetingsBeforeFeelings, 1);
        check("days before asking again", askAgainDays, 1);
        check("appeal window days", appealWindowDays, 1);
    }

    public Waits withCoolingDays(int days) {
        return new Waits(days, replyWaitDays, silenceWaitDays, callRetryDays,
                meetingsBeforeFeelings, askAgainDays, appealWindowDays);
    }

    private static void check(String what, int value, int min) {
        if (value < min || value > MAX_DAYS) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + MAX_DAYS + ", not " + value);
        }
    }
}
