package com.execreports.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.render.ChartLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A chart of a large portfolio keeps its largest categories, in order, and says so. */
class ChartLimitTest {
    static Chart perEntity(int entities) {
        List<String> names = IntStream.range(0, entities).mapToObj(i -> "e" + i).toList();
        List<BigDecimal> values = IntStream.range(0, entities).mapToObj(i -> BigDecimal.valueOf(i % 7)).toList();
        return new Chart("c", "Per entity", Chart.Kind.HORIZONTAL_BARS, Chart.Unit.COUNT, names,
                List.of(Series.bars("Findings", Tone.ALERT, values)), List.of());
    }

    @Test
    void aSmallChartIsLeftAlone() {
        Chart chart = perEntity(20);
        assertThat(chart.limited(20)).isSameAs(chart);
    }

    @Test
    void aLargeChartKeepsTheLargestCategoriesInTheirOrder() {
        Chart limited = perEntity(10_000).limited(20);
        assertThat(limited.categories()).hasSize(20);
        assertThat(limited.series().get(0).values()).allMatch(v -> v.intValue() == 6);
        assertThat(limited.categories()).isSortedAccordingTo((a, b) ->
                Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
        assertThat(limited.categories().get(0)).isEqualTo("e6");
        assertThat(limited.title()).isEqualTo("Per entity (the 20 largest of 10,000)");
        assertThat(ChartLayout.height(limited)).isLessThan(1000);
    }
}
