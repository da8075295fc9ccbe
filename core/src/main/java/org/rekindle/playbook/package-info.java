/**
 * The guide as data: the playbook (every stage's advice, every step's words, the default waits and
 * the house rules, each with the guide line it comes from), its loader and validator, which refuse
 * a missing or out-of-range citation or an unreachable stage, naming the file and entry.
 */
package org.rekindle.playbook;
