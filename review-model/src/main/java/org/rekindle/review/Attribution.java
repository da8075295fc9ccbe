package org.rekindle.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rekindle.draft.NormalizedText;
import org.rekindle.draft.Span;

/**
 * The words behind a label the model found. The model is linear in its inputs, so a label's score
 * splits exactly into the words' shares: each n-gram's weight goes to the words it was read from
 * ({@link Features#shares}), and the sentence vector's part to the tokens it is the mean of
 * ({@link MiniLmEmbedder.TokenVectors}), each token to the word it lies in. The words shown are those
 * whose share is at least half the largest (at most three), or the largest alone; no second pass.
 */
final class Attribution {
    private static final Pattern WORD = Pattern.compile("\\p{So}|[\\p{L}\\p{N}'’]+");
    static final int MAX_WORDS = 3;

    private Attribution() {
    }

    static List<Span> spans(String text, NormalizedText normalized, LabelModel.Head head, float embScale,
            MiniLmEmbedder.TokenVectors tv) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return text.isBlank() ? List.of() : List.of(new Span(0, text.length()));
        }
        double[] score = new double[words.size()];
        for (Features.Share s : Features.shares(normalized, head.sparse())) {
            Span o = normalized.toOriginal(s.start(), s.end());
            add(score, words, o.start(), o.end(), s.share());
        }
        int n = tv.tokens().length;
        for (int t = 0; t < n; t++) {
            if (tv.starts()[t] < 0) {
                continue;
            }
            double dot = 0;
            float[] v = tv.tokens()[t];
            for (int k = 0; k < v.length; k++) {
                dot += head.dense()[k] * v[k];
            }
            add(score, words, tv.starts()[t], tv.ends()[t], embScale * dot / (n * tv.norm()));
        }
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (i == best || (score[best] > 0 && score[i] >= score[best] / 2)) {
                picked.add(i);
            }
        }
        picked.sort(Comparator.comparingDouble(i -> -score[i]));
        List<Span> out = new ArrayList<>();
        for (int i : picked.subList(0, Math.min(MAX_WORDS, picked.size()))) {
            out.add(new Span(words.get(i)[0], words.get(i)[1]));
        }
        out.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(out);
    }

    /** Gives a share to the words a stretch of the text overlaps (split evenly when it spans several). */
    private static void add(double[] score, List<int[]> words, int start, int end, double share) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (w[0] < Math.max(end, start + 1) && start < w[1]) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        for (int i = first; count > 0 && i < first + count; i++) {
            score[i] += share / count;
        }
    }
}
