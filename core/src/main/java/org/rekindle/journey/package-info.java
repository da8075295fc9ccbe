/**
 * The journey as events: what happened ({@link org.rekindle.journey.JournalEvent}, sealed past-tense
 * records), each kind declared once in {@link org.rekindle.journey.EventSchema}, and the pure fold
 * ({@link org.rekindle.journey.JourneyEngine}) that derives the stage from them on a day given by the
 * caller. Nothing here reads a clock, a file or a database.
 */
package org.rekindle.journey;
