/**
 * The whole journal as one JSON file, out and in: {@link org.rekindle.app.transfer.ExportJournal},
 * {@link org.rekindle.app.transfer.ImportJournal}, and the file's layout and checks
 * ({@link org.rekindle.app.transfer.JournalFile}), the same bytes from the command line and the web.
 */
package org.rekindle.app.transfer;
