/**
 * The dated plan as a calendar (RFC 5545), for {@code plan --ics} and the subscribable feed.
 *
 * <p>A calendar leaves the machine (phones sync it to their vendor's cloud), so an entry carries the
 * step's name and nothing of the person: no names, no notes, no drafts; with neutral titles, not even the
 * step. Each entry's UID is stable across calls so a subscribed calendar moves an entry when the journal
 * moves its date instead of adding a second one.
 */
package org.rekindle.app.calendar;
