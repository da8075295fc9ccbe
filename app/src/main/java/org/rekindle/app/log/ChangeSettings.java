package org.rekindle.app.log;

import java.time.LocalDate;
import java.util.List;

import org.rekindle.app.Coaching;
import org.rekindle.app.InvalidInput;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Rejection;
import org.rekindle.playbook.Advice;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;

/**
 * Changes or corrects the journey's own facts: {@code rekindle settings}, {@code POST
 * /api/settings}: the cooling-off days, who ended it, hurtful words. Recorded as an event (the
 * journal keeps when and what changed), checked by {@link EventSchema} like any other; a
 * cooling-off under a month is accepted, with the guide's warning (L1).
 */
public final class ChangeSettings {

    /** What was asked; null fields stay as they are. {@code endedBy} is a word: me, them or mutual. */
    public record Request(Integer coolingDays, String endedBy, Boolean hurtful) {
    }

    /** The change as recorded, the journal after, and the guide's warnings about the new settings. */
    public record Changed(LogEvent.Logged logged, List<Advice> warnings) {
    }

    private final Coaching coaching;

    public ChangeSettings(Coaching coaching) {
        this.coaching = coaching;
    }

    /** The request alone: refused before anything is opened. */
    public JournalEvent check(Request r, LocalDate day) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("cooling_days", r.coolingDays());
        fields.put("ended_by", r.endedBy());
        fields.put("hurtful", r.hurtful());
        try {
            return EventSchema.check(EventSchema.named("settings"), day, fields);
        } catch (Rejection.Refused e) {
            throw new InvalidInput(e.rejection());
        }
    }

    public Changed change(JournalStore store, Request r, LocalDate today) {
        JournalEvent event = check(r, today);
        JourneyRecord j = Coaching.record(store);
        Coaching.requireStarted(j, today);
        long version = store.append(event);
        LogEvent.Logged logged = LogEvent.after(coaching, store, j, event, version, today);
        return new Changed(logged, coaching.coach().settingWarnings(logged.status().journey()));
    }
}
