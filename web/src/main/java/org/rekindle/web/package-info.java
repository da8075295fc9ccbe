/**
 * {@code rekindle serve}: one web, two ways in. {@code WebServer} wires Javalin once; every request
 * passes an {@code Admission} first ({@code TokenAdmission}: one person on loopback with the token
 * from the link; {@code AccountAdmission}: many people with accounts and sessions) and reads the
 * journal its {@code JournalSource} gives ({@code FolderJournals}, {@code AccountJournals}); the calendar
 * feed's key is kept by its {@code FeedKeys} ({@code FolderFeedKeys}, {@code AccountFeedKeys}). The
 * handlers ({@code Api}, {@code PageRoutes}, {@code AccountRoutes}) only parse input, ask a use case of
 * the application layer and render the answer; {@code Problems} words every refusal by its type;
 * {@code Bodies} reads what clients send without trusting it.
 */
package org.rekindle.web;
