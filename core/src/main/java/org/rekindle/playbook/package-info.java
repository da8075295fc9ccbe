/**
 * The guide as data: the playbook (every stage's advice, every step's words, the default waits and
 * the house rules, each with the guide line it comes from and the words of that line that carry
 * it), its loader and validator, which refuse a missing or out-of-range citation, words not in
 * their line, or an unreachable stage, naming the file and entry; and the guide text itself,
 * cleaned once of its source artifacts ({@link org.rekindle.playbook.GuideText}).
 */
package org.rekindle.playbook;
