/**
 * The application layer: one class per use case, in a package per feature ({@code journey},
 * {@code log}, {@code review}, {@code transfer}, {@code account}). Each takes a typed request and
 * the journal it is about, and answers a typed result or refuses with a typed error: an
 * {@link org.rekindle.app.InvalidInput} (which field, what is wrong, how to fix it), or one of the
 * store's ({@link org.rekindle.store.NoJourney}, {@link org.rekindle.store.JourneyExists}…). The
 * command line and the web only parse their input and render the answer, each in its own words,
 * so a use case is written once, and both answer in the same JSON shapes, built here.
 */
package org.rekindle.app;
