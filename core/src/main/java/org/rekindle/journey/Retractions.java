package org.rekindle.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


/**
 * The one rule for corrections, used both when a retraction is asked for and when the journal is
 * folded, so the two can never disagree. Any entry may be retracted, except a retraction; a final
 * no (a no-contact request, a declined appeal) only within 24 hours of being logged: past that, a
 * no that was logged stands, and stays final (L19, L23).
 */
public final class Retractions {

    /** How long a final no can still be taken back as a mis-tap. */
    public static final Duration FINAL_NO_LIMIT = Duration.ofHours(24);

    /** Why a retraction cannot be honoured. */
    public enum Refusal {
        NO_SUCH_ENTRY, IS_A_RETRACTION, ALREADY_RETRACTED, FINAL_NO_PAST_24_HOURS
    }

    private Retractions() {
    }

    /** A no that ends the journey for good: the ex asked for no contact, or declined the one appeal. */
    public static boolean isFinalNo(Fact f) {
        return f instanceof Fact.Move m && (m.kind() == Kind.NO_CONTACT_REQUEST
                || (m.kind() == Kind.APPEAL && m.appeal() == AppealResponse.DECLINED));
    }

    /**
     * Whether retracting {@code version} now would be honoured, given the journal as it stands.
     *
     * @param now the moment the retraction would be logged
     */
    public static Optional<Refusal> check(Journal journal, long version, Instant now) {
        Map<Long, Logged> byVersion = new HashMap<>();
        for (Logged l : journal.entries()) {
            byVersion.put(l.version(), l);
        }
        return check(byVersion, version, now, retracted(journal));
    }

    private static Optional<Refusal> check(Map<Long, Logged> byVersion, long version, Instant now,
                                           Map<Long, Logged> retracted) {
        Optional<Logged> target = Optional.ofNullable(byVersion.get(version));
        if (target.isEmpty()) {
            return Optional.of(Refusal.NO_SUCH_ENTRY);
        }
        if (target.get().fact() instanceof Fact.Retracted) {
            return Optional.of(Refusal.IS_A_RETRACTION);
        }
        if (retracted.containsKey(version)) {
            return Optional.of(Refusal.ALREADY_RETRACTED);
        }
        if (isFinalNo(target.get().fact())
                && Duration.between(target.get().recordedAt(), now).compareTo(FINAL_NO_LIMIT) > 0) {
            return Optional.of(Refusal.FINAL_NO_PAST_24_HOURS);
        }
        return Optional.empty();
    }

    /**
     * The entries retracted by honoured retractions, each mapped to the retraction that took it
     * back. Retractions are read in journal order; one naming a later entry, or one that fails
     * {@link #check}, is not honoured.
     */
    public static Map<Long, Logged> retracted(Journal journal) {
        Map<Long, Logged> out = new HashMap<>();
        Map<Long, Logged> seen = new HashMap<>();
        for (Logged l : journal.entries()) {
            if (l.fact() instanceof Fact.Retracted r && r.retracts() < l.version()
                    && check(seen, r.retracts(), l.recordedAt(), out).isEmpty()) {
                out.put(r.retracts(), l);
            }
            seen.put(l.version(), l);
        }
        return out;
    }
}
