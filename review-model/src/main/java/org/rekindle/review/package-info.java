/**
 * Draft review behind one facade, {@link org.rekindle.review.DraftReviewer}: the
 * core's rules and verdict policy, plus a small statistical labeller (our own
 * one-vs-rest logistic regression over hashed word and character n-grams and
 * MiniLM sentence embeddings) that adds the labels the rules miss. The model is
 * trained and measured by {@link org.rekindle.review.train.TrainModel}; its weights
 * and the figures it reached ship together as resources, so the numbers in
 * {@code docs/draft-review.md} can be rerun by anyone.
 */
package org.rekindle.review;
