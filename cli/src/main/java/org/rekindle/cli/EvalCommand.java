package org.rekindle.cli;

import org.rekindle.app.review.EvaluateLabeller;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.draft.Label;
import org.rekindle.review.EvalReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the draft labeller on a labelled JSONL file (LABELS.md format).",
                "It prints precision, recall and F1 per label, then one summary line."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "One {\"id\", \"text\", \"labels\"} object a line.")
    Path file;

    @Override
    public Integer call() {
        EvalReport report = new EvaluateLabeller().evaluate(file);
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("drafts", report.drafts());
            json.put("risk-macro-F1", report.riskMacroF1());
            json.put("macro-F1", report.macroF1());
            json.put("clean-false-alarm", report.cleanFalseAlarm());
            json.put("drafts_per_second", Math.round(report.draftsPerSecond() * 10) / 10.0);
            json.put("labels", report.labels());
            Json.print(out, json);
            return 0;
        }
        out.printf(Locale.ROOT, "%-20s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support");
        for (Label l : Label.values()) {
            EvalReport.LabelScore s = report.labels().get(l);
            if (s != null) {
                out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %8d%n", l, s.precision(), s.recall(), s.f1(), s.support());
            }
        }
        out.printf(Locale.ROOT, "%d drafts, %.0f drafts/s on one thread%n", report.drafts(), report.draftsPerSecond());
        out.printf(Locale.ROOT, "risk-macro-F1 %.3f macro-F1 %.3f clean-false-alarm %.3f%n",
                report.riskMacroF1(), report.macroF1(), report.cleanFalseAlarm());
        out.flush();
        return 0;
    }
}
