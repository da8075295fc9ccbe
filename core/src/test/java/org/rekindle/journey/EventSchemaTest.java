package org.rekindle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each kind of event is declared once, and the declaration is whole: a record added to
 * {@link JournalEvent} without its entry in {@link EventSchema} fails here, not at the first
 * append; and what the schema reads back from an event makes the same event again.
 */
class EventSchemaTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void everyEventRecordHasItsOneDeclaration() {
        java.util.List<Class<?>> declared = EventSchema.all().stream().<Class<?>>map(EventSchema.EventType::record).toList();
        assertThat(declared).containsExactlyInAnyOrder(JournalEvent.class.getPermittedSubclasses());
        assertThat(EventSchema.all()).extracting(EventSchema.EventType::kind).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void theFoldReadsTheSameFactFromTheStoredWordAsFromTheWholeEventAndNeverItsText() {
        for (EventSchema.EventType<?> t : EventSchema.loggable()) {
            for (String word : t.foldField() == null ? Arrays.asList((String) null) : t.foldField().words()) {
                Map<String, Object> given = new HashMap<>();
                t.fields().forEach(f -> given.put(f.name(), f.form() == EventField.Form.WORD ? word : "private words"));
                JournalEvent whole = EventSchema.check(t, DAY, given);
                Fact fact = EventSchema.fact(whole);
                assertThat(fact).as(t.name() + " " + word).isEqualTo(EventSchema.move(t.name(), DAY, word));
                assertThat(fact.toString()).doesNotContain("private words");
            }
        }
        // a word the row lacks (an older journal) reads as the field's fallback: a meeting went "mixed"
        assertThat(EventSchema.move("meeting", DAY, null).outcome()).isEqualTo(MeetingOutcome.MIXED);
        assertThat(EventSchema.fact(new JournalEvent.TextSent(DAY, "I miss you"))).isEqualTo(new Fact.Move(Kind.TEXT_SENT, DAY, null));
    }

    @Test
    void anEventsValuesMakeTheSameEventAgain() {
        for (EventSchema.EventType<?> t : EventSchema.all()) {
            Map<String, Object> given = new HashMap<>();
            t.fields().forEach(f -> given.put(f.name(), switch (f.form()) {
                case TEXT -> "a few words";
                case WORD -> f.words().getLast();
                case MOOD -> 3;
                case NUMBER -> 12;
                case FLAG -> true;
            }));
            JournalEvent e = EventSchema.check(t, DAY, given);
            assertThat(e.kind()).isEqualTo(t.name());
            assertThat(EventSchema.read(t.name(), DAY, t.values(e))).as(t.name()).isEqualTo(e);
        }
    }

    @Test
    void inputWithAnEmptyTextIsRefusedButAStoredOneReadsAsNone() {
        EventSchema.EventType<?> text = EventSchema.named("text-sent");
        assertThatThrownBy(() -> EventSchema.check(text, DAY, Map.of("text", " ")))
                .isInstanceOfSatisfying(Rejection.Refused.class, r -> assertThat(r.rejection().sentence(f -> "--" + f))
                        .isEqualTo("--text is empty: write a few words, or leave it out"));
        assertThat(EventSchema.read("text-sent", DAY, Map.of("text", ""))).isEqualTo(new JournalEvent.TextSent(DAY, null));
        assertThatThrownBy(() -> EventSchema.check(EventSchema.named("settings"), DAY, Map.of("cooling_days", "ten")))
                .isInstanceOfSatisfying(Rejection.Refused.class, r -> assertThat(r.rejection().field()).isEqualTo("cooling_days"));
    }

    @Test
    void aFieldOfAnotherKindAWrongWordAndAMissingAnswerAreRefusedWithTheField() {
        EventSchema.EventType<?> reply = EventSchema.named("reply");
        assertThatThrownBy(() -> EventSchema.check(reply, DAY, Map.of("outcome", "well")))
                .isInstanceOfSatisfying(Rejection.Refused.class, r -> {
                    assertThat(r.rejection().field()).isEqualTo("outcome");
                    assertThat(r.rejection().sentence(f -> "--" + f)).isEqualTo(
                            "--outcome goes with meeting only: drop it, or log the kind it belongs to");
                });
        assertThatThrownBy(() -> EventSchema.check(EventSchema.named("meeting"), DAY, Map.of("outcome", "great")))
                .isInstanceOfSatisfying(Rejection.Refused.class, r -> assertThat(r.rejection().sentence(f -> f))
                        .isEqualTo("outcome 'great' is not known: use one of well|mixed|badly"));
        assertThatThrownBy(() -> EventSchema.check(EventSchema.named("feelings"), DAY, Map.of()))
                .isInstanceOfSatisfying(Rejection.Refused.class, r -> assertThat(r.rejection().sentence(f -> "--" + f))
                        .startsWith("feelings needs --response interested|needs-time|not-interested"));
        assertThat(Arrays.asList(EventSchema.loggableNames().split(", "))).doesNotContain("journal", "retraction", "settings");
    }
}
