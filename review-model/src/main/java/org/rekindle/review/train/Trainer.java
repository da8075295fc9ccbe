package org.rekindle.review.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rekindle.draft.Label;
import org.rekindle.review.Embedder;
import org.rekindle.review.Features;
import org.rekindle.review.LabelModel;

/**
 * Our own one-vs-rest logistic regression, L2-regularised, fitted by AdaGrad SGD: a few
 * dozen lines we can read, seeded so a retrain gives the same weights. With 640 drafts a
 * library (Tribuo, Smile) would fit the same model; it would not fit a better one, and it
 * would add a dependency the size of the rest of the project.
 */
public final class Trainer {

    /** Hyper-parameters; {@link #DEFAULT} was picked by cross-validation on the dev set. */
    public record Params(int epochs, float learningRate, float l2, float embScale, double positiveWeight, long seed) {
        public static final Params DEFAULT = new Params(20, 0.1f, 1e-5f, 3.0f, 2.0, 7L);
    }

    private Trainer() {
    }

    public static LabelModel train(List<Features.Sparse> xs, List<float[]> es, List<Set<Label>> ys, Params p) {
        Map<Label, LabelModel.Head> heads = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            heads.put(l, trainHead(xs, es, ys, l, p));
        }
        return new LabelModel(heads, p.embScale());
    }

    static LabelModel.Head trainHead(List<Features.Sparse> xs, List<float[]> es, List<Set<Label>> ys, Label label,
            Params p) {
        int n = xs.size();
        float[] w = new float[Features.SIZE];
        float[] gw = new float[Features.SIZE];
        float[] d = new float[Embedder.DIMENSIONS];
        float[] gd = new float[Embedder.DIMENSIONS];
        float b = 0;
        float gb = 0;
        final float eps = 1e-6f;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(p.seed() * 31 + label.ordinal());
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Features.Sparse x = xs.get(k);
                float[] e = es.get(k);
                boolean y = ys.get(k).contains(label);
                double z = b;
                for (int i = 0; i < x.index().length; i++) {
                    z += x.value()[i] * w[x.index()[i]];
                }
                for (int i = 0; i < d.length; i++) {
                    z += d[i] * e[i] * p.embScale();
                }
                double prob = 1 / (1 + Math.exp(-z));
                // Positives are rare (about one draft in ten per label): weigh them up so
                // the fit does not settle on "never".
                float g = (float) ((prob - (y ? 1 : 0)) * (y ? p.positiveWeight() : 1.0));
                for (int i = 0; i < x.index().length; i++) {
                    int j = x.index()[i];
                    float grad = g * x.value()[i] + p.l2() * w[j];
                    gw[j] += grad * grad;
                    w[j] -= p.learningRate() * grad / (float) Math.sqrt(gw[j] + eps);
                }
                for (int i = 0; i < d.length; i++) {
                    float grad = g * e[i] * p.embScale() + p.l2() * d[i];
                    gd[i] += grad * grad;
                    d[i] -= p.learningRate() * grad / (float) Math.sqrt(gd[i] + eps);
                }
                gb += g * g;
                b -= p.learningRate() * g / (float) Math.sqrt(gb + eps);
            }
        }
        return new LabelModel.Head(w, d, b);
    }
}
