/**
 * Writing to the journal: {@link org.rekindle.app.log.LogEvent} records what happened (checked by
 * the event schema, dated on or after the breakup and not after today) and
 * {@link org.rekindle.app.log.WriteJournalEntry} keeps a private reflection.
 */
package org.rekindle.app.log;
