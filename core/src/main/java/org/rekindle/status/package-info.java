/**
 * The coach: the playbook applied to a journal on a given day ({@link org.rekindle.status.Coach}),
 * giving a {@link org.rekindle.status.Status} (stage, advice, next step, countdown, warnings, how
 * to answer when the ex reached out) and the paced plan; the words it chooses for warnings,
 * journal replies and retractions.
 */
package org.rekindle.status;
