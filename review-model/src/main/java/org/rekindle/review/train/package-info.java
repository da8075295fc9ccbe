/**
 * Training and cross-validation of the draft labeller. Run by
 * {@code mvn -pl review-model exec:java}; writes the model and its figures into the
 * module's resources. Not used at review time.
 */
package org.rekindle.review.train;
