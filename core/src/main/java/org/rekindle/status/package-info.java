/**
 * The journey coach: the playbook applied to a journal on a day ({@link org.rekindle.status.Coach}),
 * answering a {@link org.rekindle.status.Status}: the stage and its advice, the next step and its
 * dates, and what it made of each event. (Draft review is the other coach, in {@code org.rekindle.coach}:
 * see docs/glossary.md.)
 */
package org.rekindle.status;
