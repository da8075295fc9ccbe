/**
 * The journal kept: one JDBC store ({@link org.rekindle.store.JdbcJournalStore}) for SQLite and
 * PostgreSQL alike, what differs behind {@link org.rekindle.store.SqlDialect}, one HikariCP pool
 * either way ({@link org.rekindle.store.Database}), the data folder checked before it is touched
 * ({@link org.rekindle.store.SqliteDataFolder}), and accounts and sessions for the multi-user server.
 * Append-only. Failures are typed ({@link org.rekindle.store.NoJourney},
 * {@link org.rekindle.store.StoreBusy}, {@link org.rekindle.store.NotOurDatabase}…); the front ends
 * word them, so nothing here speaks of command-line options.
 */
package org.rekindle.store;
