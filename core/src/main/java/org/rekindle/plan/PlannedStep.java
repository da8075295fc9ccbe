package org.rekindle.plan;

import java.time.LocalDate;

import org.rekindle.journey.Stage;

/**
 * One step of the road ahead: in which stage, what, and the day it could happen if all goes well.
 *
 * @param earliest the "not before" day: never before the day asked about, never before the step above it
 * @param until    the last day of a window the step must fall in (the reply wait, the appeal window); or null
 */
public record PlannedStep(Stage stage, NextStep step, LocalDate earliest, LocalDate until) {
}
