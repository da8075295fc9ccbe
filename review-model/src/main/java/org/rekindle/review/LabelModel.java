package org.rekindle.review;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rekindle.draft.Label;

/**
 * The trained labeller: for each label an independent logistic regression (one-vs-rest)
 * over the hashed n-gram {@link Features} and the sentence embedding. Stored as gzip:
 * the union of the n-gram slots any label uses (delta-coded), then per label its bias,
 * its embedding weights and its n-gram weights as half floats; a few MB at most.
 */
public final class LabelModel {

    private static final int MAGIC = 0x524B4C4D; // "RKLM"
    private static final int VERSION = 1;

    /** One label's weights. */
    public record Head(float[] sparse, float[] dense, float bias) {
        double probability(Features.Sparse x, float[] emb, float embScale) {
            double z = bias + Features.dot(x, sparse);
            for (int i = 0; i < dense.length; i++) {
                z += dense[i] * emb[i] * embScale;
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private final Map<Label, Head> heads;
    private final float embScale;

    public LabelModel(Map<Label, Head> heads, float embScale) {
        this.heads = new EnumMap<>(heads);
        this.embScale = embScale;
    }

    public Map<Label, Double> probabilities(Features.Sparse x, float[] emb) {
        Map<Label, Double> out = new EnumMap<>(Label.class);
        heads.forEach((l, h) -> out.put(l, h.probability(x, emb, embScale)));
        return out;
    }

    /** One label's weights (for showing which words drove it). */
    public Head head(Label label) {
        return heads.get(label);
    }

    public float embScale() {
        return embScale;
    }

    public void write(OutputStream os) throws IOException {
        TreeSet<Integer> used = new TreeSet<>();
        for (Head h : heads.values()) {
            for (int i = 0; i < h.sparse.length; i++) {
                // Weights this small cannot move a probability; dropping them keeps the file small.
                if (Math.abs(h.sparse[i]) >= 1e-4f) {
                    used.add(i);
                }
            }
        }
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(Features.BITS);
            out.writeInt(Embedder.DIMENSIONS);
            out.writeFloat(embScale);
            out.writeInt(used.size());
            int prev = 0;
            for (int i : used) {
                out.writeInt(i - prev);
                prev = i;
            }
            out.writeInt(heads.size());
            for (var e : heads.entrySet()) {
                out.writeUTF(e.getKey().name());
                Head h = e.getValue();
                out.writeFloat(h.bias);
                for (float f : h.dense) {
                    out.writeFloat(f);
                }
                for (int i : used) {
                    out.writeShort(Float.floatToFloat16(h.sparse[i]));
                }
            }
        }
    }

    public static LabelModel read(InputStream is) throws IOException {
        // Inflate once, then decode from a buffer: a DataInputStream call per half float was
        // most of the ~80 ms this took in a cold JVM.
        ByteBuffer in;
        try (GZIPInputStream gz = new GZIPInputStream(is, 1 << 16)) {
            in = ByteBuffer.wrap(gz.readAllBytes()); // big-endian, as DataOutputStream wrote it
        }
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a rekindle label model (or an older version): retrain it");
            }
            if (in.getInt() != Features.BITS || in.getInt() != Embedder.DIMENSIONS) {
                throw new IOException("model was trained with other feature sizes: retrain it");
            }
            float embScale = in.getFloat();
            int[] used = new int[in.getInt()];
            int prev = 0;
            for (int k = 0; k < used.length; k++) {
                prev += in.getInt();
                used[k] = prev;
            }
            int n = in.getInt();
            Map<Label, Head> heads = new EnumMap<>(Label.class);
            for (int k = 0; k < n; k++) {
                byte[] name = new byte[Short.toUnsignedInt(in.getShort())]; // writeUTF of an ASCII name
                in.get(name);
                Label label = Label.valueOf(new String(name, StandardCharsets.UTF_8));
                float bias = in.getFloat();
                float[] dense = new float[Embedder.DIMENSIONS];
                in.asFloatBuffer().get(dense);
                in.position(in.position() + 4 * dense.length);
                float[] sparse = new float[Features.SIZE];
                for (int i : used) {
                    sparse[i] = Float.float16ToFloat(in.getShort());
                }
                heads.put(label, new Head(sparse, dense, bias));
            }
            return new LabelModel(heads, embScale);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("the label model file is damaged (" + e + "): retrain it", e);
        }
    }
}
