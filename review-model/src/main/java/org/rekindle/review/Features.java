package org.rekindle.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rekindle.draft.NormalizedText;

/**
 * Sparse features of a draft: hashed word unigrams and bigrams, and character 2–5-grams
 * inside words (robust to typos and inflections), read from the same normalised text the
 * rules see, so "u" and "you" are one feature. Each group is scaled to unit length so a
 * long draft does not outweigh a short one.
 */
public final class Features {
    public static final int BITS = 18;
    public static final int SIZE = 1 << BITS;

    /** Indices and values, sorted by index. */
    public record Sparse(int[] index, float[] value) {
    }

    private Features() {
    }

    public static Sparse of(String text) {
        String t = NormalizedText.of(text).text();
        Map<Integer, Float> words = new HashMap<>();
        Map<Integer, Float> chars = new HashMap<>();
        String[] tokens = t.split("[^\\p{L}\\p{N}'\\p{So}]+|(?<=\\p{So})|(?=\\p{So})");
        String prev = "<s>";
        for (String tok : tokens) {
            if (tok.isEmpty()) {
                continue;
            }
            add(words, "w:" + tok);
            add(words, "b:" + prev + " " + tok);
            prev = tok;
            String padded = " " + tok + " ";
            for (int n = 2; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    add(chars, "c:" + padded.substring(i, i + n));
                }
            }
        }
        add(words, "b:" + prev + " </s>");
        Map<Integer, Float> all = new HashMap<>();
        merge(all, words, 1.0f);
        merge(all, chars, 1.0f);
        int[] idx = all.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] val = new float[idx.length];
        for (int i = 0; i < idx.length; i++) {
            val[i] = all.get(idx[i]);
        }
        return new Sparse(idx, val);
    }

    private static void add(Map<Integer, Float> m, String feature) {
        m.merge(hash(feature), 1f, Float::sum);
    }

    private static void merge(Map<Integer, Float> into, Map<Integer, Float> group, float weight) {
        double norm = Math.sqrt(group.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) {
            return;
        }
        group.forEach((k, v) -> into.merge(k, (float) (weight * v / norm), Float::sum));
    }

    // FNV-1a then a murmur finaliser: stable across JVMs, unlike relying on HashMap order.
    static int hash(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & (SIZE - 1);
    }

    /** A word of the normalised text ({@code [start, end)} in it) and its share of a linear score. */
    public record Share(int start, int end, double share) {
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\p{So}|[\\p{L}\\p{N}']+");

    /**
     * Each word's exact share of {@code w · of(text)}: its unigram and character n-grams, and half of
     * each word pair it is in (all of it at the draft's start and end), each divided by its group's
     * length as {@link #of} divides them. The shares add up to the score.
     */
    public static List<Share> shares(NormalizedText n, float[] w) {
        String t = n.text();
        List<int[]> toks = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            toks.add(new int[] {m.start(), m.end()});
        }
        Map<Integer, Float> words = new HashMap<>();
        Map<Integer, Float> chars = new HashMap<>();
        List<String> strs = new ArrayList<>();
        String prev = "<s>";
        for (int[] k : toks) {
            String tok = t.substring(k[0], k[1]);
            strs.add(tok);
            add(words, "w:" + tok);
            add(words, "b:" + prev + " " + tok);
            prev = tok;
            String padded = " " + tok + " ";
            for (int len = 2; len <= 5; len++) {
                for (int i = 0; i + len <= padded.length(); i++) {
                    add(chars, "c:" + padded.substring(i, i + len));
                }
            }
        }
        add(words, "b:" + prev + " </s>");
        double wn = norm(words);
        double cn = norm(chars);
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            String tok = strs.get(i);
            double s = wn == 0 ? 0 : w[hash("w:" + tok)] / wn;
            double before = wn == 0 ? 0 : w[hash("b:" + (i == 0 ? "<s>" : strs.get(i - 1)) + " " + tok)] / wn;
            double after = wn == 0 ? 0 : w[hash("b:" + tok + " " + (i == toks.size() - 1 ? "</s>" : strs.get(i + 1)))] / wn;
            s += (i == 0 ? before : before / 2) + (i == toks.size() - 1 ? after : after / 2);
            String padded = " " + tok + " ";
            for (int len = 2; len <= 5 && cn > 0; len++) {
                for (int j = 0; j + len <= padded.length(); j++) {
                    s += w[hash("c:" + padded.substring(j, j + len))] / cn;
                }
            }
            out.add(new Share(toks.get(i)[0], toks.get(i)[1], s));
        }
        return out;
    }

    private static double norm(Map<Integer, Float> group) {
        return Math.sqrt(group.values().stream().mapToDouble(v -> v * v).sum());
    }

    static float dot(Sparse x, float[] w) {
        float s = 0;
        for (int i = 0; i < x.index.length; i++) {
            s += x.value[i] * w[x.index[i]];
        }
        return s;
    }
}
