/**
 * Draft review: reads a message the user is about to send their ex and says
 * SEND, REVISE or HOLD for the stage they are in, with the reason and the guide
 * line behind it. Everything the guide decides lives in data next to this
 * package (rules, the policy table, suggested lines), so a reader can check the
 * review against the guide without reading Java. The package is pure: no I/O
 * beyond classpath resources, no clock, so the same draft at the same stage
 * always gets the same answer. The statistical labeller sits in the
 * {@code review-model} module and only adds labels; the verdict is always
 * decided here.
 */
package org.rekindle.draft;
