/**
 * Draft review as a use case: {@link org.rekindle.app.review.ReviewDraft} asks the reviewer (the
 * rules and the model, {@code review-model}) at the journey's stage and works out when writing
 * becomes reasonable again; the web and the command line both come here, never through each other.
 */
package org.rekindle.app.review;
