package org.rekindle.plan;

import java.time.LocalDate;

import org.rekindle.journey.Stage;

/** One step of the road ahead: in which stage, what, and the first day it could happen if all goes well. */
public record PlannedStep(Stage stage, NextStep step, LocalDate earliest, LocalDate until) {
}
