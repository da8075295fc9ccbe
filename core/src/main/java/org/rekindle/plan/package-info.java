/**
 * What comes next: {@link org.rekindle.plan.NextStepPlanner} picks the next step from a journey's
 * state, with its dates and the countdown of the wait that holds it back;
 * {@link org.rekindle.plan.RoadAhead} projects the road ahead if every answer is yes by folding the
 * same engine over assumed future events, paced by STAGES.md's waits and plan-pacing defaults, so
 * the plan can never disagree with the rules. Pure, and dated by the caller.
 */
package org.rekindle.plan;
