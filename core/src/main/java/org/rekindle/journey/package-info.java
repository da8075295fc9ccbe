/**
 * The journey as events: what happened ({@link org.rekindle.journey.JournalEvent}, sealed past-tense
 * records), each kind named in {@link org.rekindle.journey.Kind} and declared once in
 * {@link org.rekindle.journey.EventSchema}, and the pure fold ({@link org.rekindle.journey.JourneyEngine})
 * that derives the stage on a day given by the caller. The fold reads each entry as a
 * {@link org.rekindle.journey.Fact}: its kind, its day and what decides its effect, never its free text,
 * so a store can read facts without making half-filled events. Corrections are events too: a
 * {@link org.rekindle.journey.JournalEvent.Retraction} takes back an entry by its version (the rule, with
 * its 24-hour limit on a final no, is {@link org.rekindle.journey.Retractions}), and a
 * {@link org.rekindle.journey.JournalEvent.SettingsChanged} corrects the journey's own facts. Nothing here
 * reads a clock, a file or a database.
 */
package org.rekindle.journey;
