/**
 * The application layer both front ends share: the command line ({@code rekindle status --json})
 * and the web API ({@code GET /api/status}) answer in the same JSON shapes because both build them
 * here, and a log entry or a new journey is checked here once, whichever door it came through.
 * Field names in messages follow the {@link org.rekindle.app.Dialect} of the caller: {@code --at}
 * on the command line, {@code at} in JSON. Plain maps and lists: no JSON library in this layer.
 */
package org.rekindle.app;
