/**
 * The journey's use cases: start it, and show its status, its plan and its history on a day. Each
 * reads the journal once and folds it once; the JSON shapes every front end answers in
 * ({@code status --json} and {@code GET /api/status} alike) are built here.
 */
package org.rekindle.app.journey;
