/**
 * The journey coach: the playbook applied to a journal on a day ({@link org.rekindle.status.Coach}),
 * answering a {@link org.rekindle.status.Status}: the stage and its advice, the next step and its
 * dates, the countdown of the wait running, warnings about settings, how to answer when the ex
 * reached out, and what it made of each event; and the words it chooses for warnings, journal
 * replies and retractions. (Draft review is its own package,
 * {@code org.rekindle.draft}: see docs/glossary.md.)
 */
package org.rekindle.status;
