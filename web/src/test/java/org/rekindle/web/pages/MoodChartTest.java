package org.rekindle.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoodChartTest {

    @Test
    void eachMoodIsADotInOrderAndTheWordsSayTheSame() {
        MoodChart c = MoodChart.of(List.of(new MoodChart.Point(LocalDate.of(2026, 10, 14), 4),
                new MoodChart.Point(LocalDate.of(2026, 10, 12), 2), new MoodChart.Point(LocalDate.of(2026, 10, 20), 3)));
        assertThat(c.dots()).hasSize(3);
        // oldest first, low moods lower on the chart (a larger y), the first at the left edge
        assertThat(c.dots().get(0).title()).isEqualTo("2026-10-12: 2 of 5");
        assertThat(c.dots().get(0).y()).isGreaterThan(c.dots().get(1).y());
        assertThat(c.path()).startsWith("M92.0 104 L");
        assertThat(c.lines()).containsExactly("2026-10-12: 2 of 5 (low)", "2026-10-14: 4 of 5 (good)",
                "2026-10-20: 3 of 5 (so-so)");
        assertThat(c.summary()).isEqualTo("3 entries with a mood from 2026-10-12 to 2026-10-20: on average 3.0 of 5, "
                + "lowest 2, highest 4; the last, on 2026-10-20, 3.");
    }

    @Test
    void nothingToDrawWithoutAMoodAndOneEntryIsADotWithoutALine() {
        assertThat(MoodChart.of(List.of())).isNull();
        MoodChart one = MoodChart.of(List.of(new MoodChart.Point(LocalDate.of(2026, 10, 12), 5)));
        assertThat(one.path()).isNull();
        assertThat(one.dots()).hasSize(1);
        assertThat(one.last()).isNull();
        assertThat(one.summary()).startsWith("1 entry with a mood");
    }
}
