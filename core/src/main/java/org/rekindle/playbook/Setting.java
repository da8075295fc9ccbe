package org.rekindle.playbook;

/** A default number of the process, with its reason. */
public record Setting(String name, int value, Integer recommended, Citation guide, boolean houseRule, String note) {
}
