package org.rekindle.review;

/** Turns a draft into a dense sentence vector. An interface so tests and training can cache. */
public interface Embedder {
    int DIMENSIONS = 384;

    float[] embed(String text);
}
