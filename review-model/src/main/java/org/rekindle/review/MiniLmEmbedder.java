package org.rekindle.review;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX, shipped inside the langchain4j jar): offline, about
 * a millisecond a draft. It carries meaning across wording the n-grams have never seen
 * (paraphrases, other words for the same thing), which is why it is a feature at all.
 */
public final class MiniLmEmbedder implements Embedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
