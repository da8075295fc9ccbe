package org.rekindle.app;

import java.util.List;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.playbook.Advice;
import org.rekindle.store.JourneyRecord;

/**
 * Use case: change or correct the journey's own facts ({@code rekindle settings},
 * {@code POST /api/settings}): the cooling-off days, who ended it, hurtful words. Recorded as an
 * event, so the journal keeps when and what changed; a cooling-off under a month is accepted with
 * the guide's warning (L1).
 */
public final class ChangeSettings {

    private ChangeSettings() {
    }

    /** The settings change as recorded, the journal after, and the warnings the guide gives about the new settings. */
    public record Done(LogEntry.Logged logged, List<Advice> warnings) {
    }

    public static Done run(Workspace w, Integer coolingDays, String endedBy, Boolean hurtful, Dialect d) {
        EndedBy who;
        try {
            who = endedBy == null ? null : EndedBy.parse(endedBy);
        } catch (IllegalArgumentException e) {
            throw new UserError(d.speak(e.getMessage()));
        }
        JourneyRecord r = w.record();
        w.requireStarted(r);
        JournalEvent.SettingsChanged event;
        try {
            event = new JournalEvent.SettingsChanged(w.today, coolingDays, who, hurtful);
        } catch (IllegalArgumentException e) {
            throw new UserError(d.speak(e.getMessage()));
        }
        long version = w.store.append(r.id(), event);
        LogEntry.Logged logged = LogEntry.Logged.after(w, r, event, version);
        return new Done(logged, w.coach.settingWarnings(logged.status().journey()));
    }
}
