package org.rekindle.review.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rekindle.draft.Label;
import org.rekindle.review.LabelledDraft;

/** Cohen's kappa per label, as data/CORPUS.md reports it, on cases worked out by hand. */
class AgreementTest {

    @Test
    void kappaOnAHandWorkedCase() {
        // ROMANTIC: A says yes on 2 of 4, B on 1 of 4, they agree on 3: po 0.75, pe 0.5*0.25 + 0.5*0.75 = 0.5
        var a = List.<Set<Label>>of(Set.of(Label.ROMANTIC), Set.of(Label.ROMANTIC), Set.of(), Set.of(Label.MEMORY));
        var b = List.<Set<Label>>of(Set.of(Label.ROMANTIC), Set.of(), Set.of(), Set.of(Label.MEMORY));
        var k = Agreement.perLabel(a, b);
        assertThat(k.get(Label.ROMANTIC).kappa()).isCloseTo(0.5, offset(1e-9));
        assertThat(k.get(Label.ROMANTIC).observed()).isCloseTo(0.75, offset(1e-9));
        assertThat(k.get(Label.MEMORY).kappa()).isCloseTo(1.0, offset(1e-9));
        // a label neither pass ever used: full agreement, by convention kappa 1
        assertThat(k.get(Label.SEXUAL).kappa()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void oppositeAnswersGiveANegativeKappa() {
        var a = List.<Set<Label>>of(Set.of(Label.PRESSURE), Set.of());
        var b = List.<Set<Label>>of(Set.of(), Set.of(Label.PRESSURE));
        assertThat(Agreement.perLabel(a, b).get(Label.PRESSURE).kappa()).isCloseTo(-1.0, offset(1e-9));
    }

    @Test
    void passesArePairedByIdAndDraftsInOnlyOneAreLeftOut() {
        var a = List.of(new LabelledDraft("x", "hi", Set.of()), new LabelledDraft("y", "miss u", Set.of(Label.ROMANTIC)),
                new LabelledDraft("z", "only in A", Set.of()));
        var b = List.of(new LabelledDraft("y", "miss u", Set.of(Label.ROMANTIC)), new LabelledDraft("x", "hi", Set.of()));
        var pairs = Agreement.pair(a, b);
        assertThat(pairs.get(0)).containsExactly(Set.of(), Set.of(Label.ROMANTIC));
        assertThat(pairs.get(1)).containsExactly(Set.of(), Set.of(Label.ROMANTIC));
    }
}
