package org.rekindle.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rekindle.journey.Stage;

/**
 * The rule side of draft review: runs the {@link RuleBook} over a draft, merges in
 * labels found elsewhere (the statistical model), and lets the {@link DraftPolicy}
 * decide. Pure and thread-safe once loaded.
 */
public final class DraftRules {

    private final RuleBook rules;
    private final DraftPolicy policy;

    public DraftRules(RuleBook rules, DraftPolicy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    public static DraftRules load() {
        return new DraftRules(RuleBook.load(), DraftPolicy.load());
    }

    public RuleBook rules() {
        return rules;
    }

    public DraftPolicy policy() {
        return policy;
    }

    /** Labels the rules find, one finding per label (spans and rule ids merged). */
    public List<LabelFinding> findByRules(String text) {
        Map<Label, List<RuleMatch>> byLabel = new EnumMap<>(Label.class);
        for (RuleMatch m : rules.check(text)) {
            byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m);
        }
        List<LabelFinding> out = new ArrayList<>();
        byLabel.forEach((label, matches) -> {
            List<Span> spans = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            boolean safety = false;
            String message = matches.get(0).rule().message();
            for (RuleMatch m : matches) {
                ids.add(m.rule().id());
                if (m.rule().safety()) {
                    safety = true;
                    message = m.rule().message(); // the safety wording wins
                }
                for (Span s : m.spans()) {
                    if (spans.stream().noneMatch(s::overlaps)) {
                        spans.add(s);
                    }
                }
            }
            spans.sort(java.util.Comparator.comparingInt(Span::start));
            out.add(new LabelFinding(label, spans, message, ids, safety));
        });
        return out;
    }

    /** Rules only. */
    public DraftReview review(String text, Stage stage) {
        return review(new DraftText(text), stage, Set.of());
    }

    /**
     * Rules plus labels found by another labeller: those not raised by a rule are added
     * without spans, with the label's plain description and source {@code "model"}.
     */
    public DraftReview review(DraftText draft, Stage stage, Collection<Label> modelLabels) {
        List<LabelFinding> findings = new ArrayList<>(findByRules(draft.text()));
        Set<Label> have = new LinkedHashSet<>();
        findings.forEach(f -> have.add(f.label()));
        for (Label l : modelLabels) {
            if (have.add(l)) {
                findings.add(new LabelFinding(l, List.of(), policy.describe(l) + " (the model reads the draft this way)",
                        List.of("model"), false));
            }
        }
        return policy.decide(stage, findings, draft.words());
    }

    /**
     * Rules plus findings of another labeller that come with their own spans (the model's
     * words): a finding whose label a rule already raised adds nothing; the rule's spans and
     * message explain it.
     */
    public DraftReview reviewWithModel(DraftText draft, Stage stage, List<LabelFinding> modelFindings) {
        List<LabelFinding> findings = new ArrayList<>(findByRules(draft.text()));
        Set<Label> have = new LinkedHashSet<>();
        findings.forEach(f -> have.add(f.label()));
        for (LabelFinding f : modelFindings) {
            if (have.add(f.label())) {
                findings.add(f);
            }
        }
        return policy.decide(stage, findings, draft.words());
    }
}
