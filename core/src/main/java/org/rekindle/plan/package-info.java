/**
 * What comes next: the next step from a journey's state and its dates, and the road ahead if every
 * answer is yes. Pure, and dated by the caller.
 */
package org.rekindle.plan;
