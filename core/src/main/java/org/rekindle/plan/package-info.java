/**
 * What to do next and from which day: {@link org.rekindle.plan.NextStepPlanner} picks the step
 * and its dates for a state, with the countdown of the wait that holds it back;
 * {@link org.rekindle.plan.RoadAhead} projects the road ahead by folding the same engine over
 * assumed future events, paced by STAGES.md's waits and plan-pacing defaults, so the plan can
 * never disagree with the rules.
 */
package org.rekindle.plan;
