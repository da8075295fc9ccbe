/**
 * The journey as a fold: the journal's past-tense events ({@link org.rekindle.journey.JournalEvent},
 * sealed), folded by {@link org.rekindle.journey.JourneyEngine} into a derived
 * {@link org.rekindle.journey.JourneyState} as of a day the caller gives. Corrections are events too:
 * a {@link org.rekindle.journey.JournalEvent.Retraction} takes back an entry by its version (the
 * rule, with its 24-hour limit on a final no, is {@link org.rekindle.journey.Retractions}), and a
 * {@link org.rekindle.journey.JournalEvent.SettingsChanged} corrects the journey's own facts. No
 * clock, no storage: STAGES.md as code.
 */
package org.rekindle.journey;
