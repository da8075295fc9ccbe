package org.rekindle.app.review;

import java.nio.file.Files;
import java.nio.file.Path;

import org.rekindle.app.InvalidInput;
import org.rekindle.review.EvalReport;

/** Scores the draft labeller on a labelled file: {@code rekindle eval FILE.jsonl} (LABELS.md format). */
public final class EvaluateLabeller {

    public EvalReport evaluate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInput.general(file + " is not a file", "give a JSONL file of labelled drafts");
        }
        EvalReport report = Reviewer.Bundled.INSTANCE.reviewer().evaluate(file); // malformed lines: IllegalArgumentException naming file:line
        if (report.drafts() == 0) {
            throw InvalidInput.general(file + " holds no drafts", "one {\"id\", \"text\", \"labels\"} object a line");
        }
        return report;
    }
}
