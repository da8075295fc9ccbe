/**
 * The journey as events: what happened ({@link org.rekindle.journey.JournalEvent}, sealed past-tense
 * records), each kind declared once in {@link org.rekindle.journey.EventSchema}, and the pure fold
 * ({@link org.rekindle.journey.JourneyEngine}) that derives the stage from them on a day given by the
 * caller. Corrections are events too: a {@link org.rekindle.journey.JournalEvent.Retraction} takes
 * back an entry by its version (the rule, with its 24-hour limit on a final no, is
 * {@link org.rekindle.journey.Retractions}), and a {@link org.rekindle.journey.JournalEvent.SettingsChanged}
 * corrects the journey's own facts. Nothing here reads a clock, a file or a database.
 */
package org.rekindle.journey;
