package org.rekindle.app.log;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.rekindle.app.Coaching;
import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Rejection;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * Writes a private reflection in the journal: {@code rekindle journal "TEXT" [--mood N]}. It never
 * moves the stage and is never shared; checked by the {@code journal} kind of {@link EventSchema}.
 */
public final class WriteJournalEntry {

    /** What was asked: the text, the mood (null: none), the day it is about (null: today). */
    public record Request(String text, Integer mood, LocalDate at) {
    }

    private final Coaching coaching;

    public WriteJournalEntry(Coaching coaching) {
        this.coaching = coaching; // an entry never moves the journey; the coach only answers it
    }

    /**
     * The coach's reply to an entry: by its mood and the stage the journey is in on {@code today}
     * (the playbook's journal replies, each with its line or marked a house rule).
     */
    public org.rekindle.playbook.Advice reply(JournalStore store, StoredEvent entry, LocalDate today) {
        JourneyRecord j = Coaching.record(store);
        org.rekindle.journey.Stage stage = today.isBefore(j.breakup()) ? org.rekindle.journey.Stage.SPACE
                : coaching.status(store, j, today).stage();
        return coaching.coach().journalReply((org.rekindle.journey.JournalEvent.Reflection) entry.event(), stage);
    }

    /** The text and the mood alone, before anything is opened. */
    public void check(Request r) {
        InputChecks.text("text", r.text(), EventSchema.MAX_TEXT);
        make(r, LocalDate.MIN);
    }

    private static JournalEvent make(Request r, LocalDate day) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("text", r.text());
        fields.put("mood", r.mood());
        try {
            return EventSchema.check(EventSchema.named("journal"), day, fields);
        } catch (Rejection.Refused e) {
            throw new InvalidInput(e.rejection());
        }
    }

    /** The entry as stored, with its version and the moment it was written. */
    public StoredEvent write(JournalStore store, Request r, LocalDate today) {
        check(r);
        JourneyRecord j = Coaching.record(store);
        LocalDate day = r.at() != null ? r.at() : today;
        if (day.isAfter(today)) {
            throw InvalidInput.of("at", day + " is after today (" + today + ")", "write about a day that has come");
        }
        long version = store.append(make(r, day));
        return store.events().stream().filter(s -> s.version() == version).findFirst().orElseThrow();
    }
}
