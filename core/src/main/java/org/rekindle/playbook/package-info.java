/**
 * The guide as data: {@code playbook.yaml} read and checked whole by
 * {@link org.rekindle.playbook.PlaybookLoader} (every entry cited, every quote's words found in
 * its line), and the guide text itself, cleaned once of its source artifacts
 * ({@link org.rekindle.playbook.GuideText}).
 */
package org.rekindle.playbook;
