package org.rekindle.playbook;

import java.util.List;

import org.rekindle.journey.Stage;

/** What a stage asks of the user and what it forbids, with the stages it may lead to. */
public record StageGuide(Stage stage, String title, String summary, Citation guide, List<Stage> movesTo,
                         List<Advice> dos, List<Advice> avoids) {
    public StageGuide {
        movesTo = List.copyOf(movesTo);
        dos = List.copyOf(dos);
        avoids = List.copyOf(avoids);
    }
}
