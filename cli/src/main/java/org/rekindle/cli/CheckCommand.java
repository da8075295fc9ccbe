package org.rekindle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.review.ReviewDraft;
import org.rekindle.app.review.Reviewer;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.LabelReview;
import org.rekindle.draft.Span;
import org.rekindle.store.Database;
import org.rekindle.store.NoJourney;

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
        ReviewDraft review = new ReviewDraft(Coaching.bundled(), Reviewer.bundled());
        ReviewDraft.Request request = new ReviewDraft.Request(draft, stage);
        ReviewDraft.Reviewed reviewed;
        if (review.check(request) != null) {
            reviewed = review.review(null, request, root.today());
        } else {
            try (Database db = root.open(Database.Mode.EXISTING)) {
                reviewed = review.review(db.journal(), request, root.today());
            } catch (NoJourney e) {
                throw new CliInput("no journey yet to take the stage from: pass --stage STAGE (e.g. --stage FIRST_TEXT), "
                        + "or start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Json.print(out, reviewed.json()); // the very shape POST /api/check answers
        } else {
            text(reviewed.review(), draft, reviewed.writeFrom(), out);
        }
        return 0;
    }

    private void text(DraftReview r, String draft, ReviewDraft.WriteFrom writeFrom, PrintWriter out) {
        out.println(r.verdict() + " · for " + r.stage() + " · " + r.words() + (r.words() == 1 ? " word" : " words"));
        if (r.message() != null) {
            for (String line : StatusView.wrap(r.message(), 78, "  ", "  ")) {
                out.println(line);
            }
        }
        if (writeFrom != null) {
            for (String line : StatusView.wrap("Write again: " + writeFrom.note() + ".", 78, "  ", "    ")) {
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
            throw new CliInput("the draft on standard input is over 64 KB: keep a draft under 5,000 characters");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return s.strip();
        } catch (CharacterCodingException e) {
            throw new CliInput("the draft on standard input is not valid UTF-8: save it as UTF-8 and try again");
        }
    }
}
