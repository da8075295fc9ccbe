package org.rekindle.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoodChartTest {

    @Test
    void eachMoodIsADotInOrderAndTheWordsSayTheSame() {
        MoodChart.Drawn d = MoodChart.draw(List.of(new MoodChart.Point(LocalDate.of(2026, 10, 14), 4),
                new MoodChart.Point(LocalDate.of(2026, 10, 12), 2), new MoodChart.Point(LocalDate.of(2026, 10, 20), 3)));
        assertThat(d.svg()).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"");
        assertThat(d.svg().split("<circle class=\"mood-dot\"", -1)).hasSize(4);
        // oldest first, low moods lower on the chart (a larger y)
        assertThat(d.svg()).contains("<title>2026-10-12: 2 of 5</title>").contains("M92.0 104 L");
        assertThat(d.lines()).containsExactly("2026-10-12: 2 of 5 (low)", "2026-10-14: 4 of 5 (good)",
                "2026-10-20: 3 of 5 (so-so)");
        assertThat(d.summary()).isEqualTo("3 entries with a mood from 2026-10-12 to 2026-10-20: on average 3.0 of 5, "
                + "lowest 2, highest 4; the last, on 2026-10-20, 3.");
    }

    @Test
    void nothingToDrawWithoutAMoodAndOneEntryIsADotWithoutALine() {
        assertThat(MoodChart.draw(List.of())).isNull();
        MoodChart.Drawn one = MoodChart.draw(List.of(new MoodChart.Point(LocalDate.of(2026, 10, 12), 5)));
        assertThat(one.svg()).doesNotContain("mood-line").contains("mood-dot");
        assertThat(one.summary()).startsWith("1 entry with a mood");
    }
}
