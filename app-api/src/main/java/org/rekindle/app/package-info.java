/**
 * The application layer both front ends share: the command line ({@code rekindle status --json})
 * and the web API ({@code GET /api/status}) answer in the same JSON shapes because both build them
 * here, and a log entry or a new journey is checked here once, whichever door it came through.
 * Field names in messages follow the {@link org.rekindle.app.Dialect} of the caller: {@code --at}
 * on the command line, {@code at} in JSON. Plain maps and lists, but for the export file ({@link org.rekindle.app.JournalFile}), which
 * both read and write byte for byte alike.
 */
package org.rekindle.app;
