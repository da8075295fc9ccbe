package org.rekindle.cli;

import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rekindle.coach.DraftReview;
import org.rekindle.coach.InvalidDraftException;
import org.rekindle.coach.LabelReview;
import org.rekindle.coach.Span;
import org.rekindle.journey.Stage;
import org.rekindle.review.DraftReviewer;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Review a draft before you send it: SEND, REVISE or HOLD for your stage.",
                "It shows the words behind each concern, the guide's line, and better lines to use.",
                "The exit code is 0 whatever the verdict."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Review for this stage (no journey needed); default: your journey's stage today.")
    String stage;

    @Parameters(index = "0", paramLabel = "TEXT|-", description = "The draft, or - to read it from standard input.")
    String text;

    @Override
    public Integer call() throws IOException {
        String draft = "-".equals(text) ? readStdin() : text;
        Stage at;
        Map<String, Object> writeFrom = null;
        if (stage != null) {
            at = Stage.parse(stage);
        } else {
            try (Workspace w = root.workspace(SqliteJournalStore.Mode.EXISTING)) {
                JourneyRecord r = w.store.journey().orElseThrow(CheckCommand::noJourney);
                Status s = w.status(r);
                at = s.stage();
                writeFrom = writeFrom(w, s);
            } catch (org.rekindle.store.StoreException e) {
                if (e.getMessage().startsWith("no journey yet")) {
                    throw noJourney();
                }
                throw e;
            }
        }
        DraftReview review;
        try {
            review = reviewer().review(draft, at);
        } catch (InvalidDraftException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            ObjectMapper om = new ObjectMapper();
            Map<String, Object> json = om.convertValue(review, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (at.isQuiet()) {
                json.put("write_from", writeFrom == null ? null : writeFrom.get("date"));
                json.put("write_from_note", writeFrom == null
                        ? "depends on your journey: run 'rekindle check' without --stage, or 'rekindle status'"
                        : writeFrom.get("note"));
            }
            Json.print(out, json);
        } else {
            text(review, draft, writeFrom, out);
        }
        return 0;
    }

    private static DraftReviewer reviewer;

    /** Loaded on first use and kept: only commands that review drafts pay for the model. */
    static synchronized DraftReviewer reviewer() {
        if (reviewer == null) {
            reviewer = DraftReviewer.load();
        }
        return reviewer;
    }

    private static UserError noJourney() {
        return new UserError("no journey yet to take the stage from: pass --stage STAGE (e.g. --stage FIRST_TEXT), "
                + "or start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'");
    }

    /** When writing becomes reasonable again in a quiet stage, if ever, from the journey's own dates. */
    private static Map<String, Object> writeFrom(Workspace w, Status s) {
        if (!s.stage().isQuiet()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate date = null;
        String note;
        switch (s.stage()) {
            case SPACE -> {
                date = s.next().earliest();
                note = "from " + date + ", when the cooling-off ends";
            }
            case SILENCE -> {
                date = s.next().earliest();
                note = "from " + date + ": one more friendly text, after the wait that follows silence";
            }
            case AWAITING_REPLY -> {
                var engine = new org.rekindle.journey.JourneyEngine(s.journey());
                if (s.state().textsAwaiting() >= 2) {
                    note = "when they reply; if they don't, their silence is the answer";
                } else {
                    date = engine.silenceBegins(s.state()).plusDays(s.journey().waits().silenceWaitDays());
                    note = "when they reply; if they don't, one more friendly text from " + date;
                }
            }
            default -> note = "not again: the journey has ended and the coach will not suggest contact";
        }
        m.put("date", date == null ? null : date.toString());
        m.put("note", note);
        return m;
    }

    private void text(DraftReview r, String draft, Map<String, Object> writeFrom, PrintWriter out) {
        out.println(r.verdict() + " · for " + r.stage() + " · " + r.words() + (r.words() == 1 ? " word" : " words"));
        if (r.message() != null) {
            for (String line : StatusView.wrap(r.message(), 78, "  ", "  ")) {
                out.println(line);
            }
        }
        if (writeFrom != null) {
            for (String line : StatusView.wrap("Write again: " + writeFrom.get("note") + ".", 78, "  ", "    ")) {
                out.println(line);
            }
        }
        for (LabelReview l : r.labels()) {
            List<String> words = new ArrayList<>();
            for (Span s : l.spans()) {
                words.add("“" + s.of(draft) + "”");
            }
            out.println();
            out.println("  " + l.label() + " · " + l.severity().name().toLowerCase(java.util.Locale.ROOT)
                    + (words.isEmpty() ? "" : " · " + String.join(", ", words)) + " [" + l.guide() + "]");
            for (String line : StatusView.wrap(l.reason(), 78, "    ", "    ")) {
                out.println(line);
            }
        }
        if (r.length() != null) {
            out.println();
            for (String line : StatusView.wrap("Length: " + r.length().reason() + " [" + r.length().guide() + "]", 78, "  ", "    ")) {
                out.println(line);
            }
        }
        if (!r.suggestions().isEmpty()) {
            out.println();
            out.println("  Try instead:");
            for (String s : r.suggestions()) {
                for (String line : StatusView.wrap("“" + s + "”", 78, "    • ", "      ")) {
                    out.println(line);
                }
            }
        }
        out.flush();
    }

    /** Standard input, strictly UTF-8: a draft with broken bytes is refused, not silently mangled. */
    private String readStdin() throws IOException {
        byte[] bytes;
        try (InputStream in = System.in) {
            bytes = in.readNBytes(64 * 1024 + 1);
        }
        if (bytes.length > 64 * 1024) {
            throw new UserError("the draft on standard input is over 64 KB: keep a draft under 5,000 characters");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return s.strip();
        } catch (CharacterCodingException e) {
            throw new UserError("the draft on standard input is not valid UTF-8: save it as UTF-8 and try again");
        }
    }
}
