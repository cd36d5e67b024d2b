package com.execreports.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.report.Document;
import com.execreports.engine.report.Document.Bullets;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The short email of a report with its PDF attached, and which charts earn their place. */
class EmailLengthTest {
    static Table actions(int rows, boolean total) {
        List<List<String>> body = new ArrayList<>(IntStream.rangeClosed(1, rows)
                .mapToObj(i -> List.of(String.valueOf(i), "Do thing " + i, "Owner", "2026-11-0" + (i % 9 + 1))).toList());
        if (total) {
            body.add(List.of("", "Total", "", ""));
        }
        return new Table(List.of("#", "What", "Who", "By"), List.of(true, false, false, true), body, "none", -1, total);
    }

    @Test
    void aLongTableShowsItsFirstRowsItsTotalAndHowManyMore() {
        Section cut = EmailLength.shortened(Section.of("Actions", actions(12, true)), "the attached PDF");
        Table shown = (Table) cut.blocks().get(0);
        assertThat(shown.rows()).hasSize(EmailLength.ROWS + 1);
        assertThat(shown.isTotal(shown.rows().size() - 1)).isTrue();
        assertThat(((Paragraph) cut.blocks().get(1)).text()).isEqualTo("And 7 more in the attached PDF.");
    }

    @Test
    void sectionsThatDoNotFitAndAppendicesAreNamedAsInThePdfInTheirOrder() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            sections.add(Section.of("Section " + i, new Paragraph("x ".repeat(400)), actions(5, false)));
        }
        sections.add(1, Section.appendix("Inventory", List.of(new Paragraph("all the assets"))));
        Document doc = new Document("CEO report", "October 2026", "Headline.", List.of(), List.of(), List.of(), sections);
        Document email = EmailLength.fit(doc, "the attached PDF");
        List<String> kept = email.sections().stream().map(Section::heading).toList();
        assertThat(kept).startsWith("Section 1", "Section 2").endsWith("In the attached PDF").doesNotContain("Inventory");
        Bullets elsewhere = (Bullets) email.sections().get(email.sections().size() - 1).blocks().get(1);
        assertThat(elsewhere.items()).endsWith("Section 20", "Inventory");
        assertThat(elsewhere.items().size() + kept.size() - 1).isEqualTo(21);
    }

    @Test
    void aDocumentThatFitsKeepsEverySectionButItsAppendices() {
        Document doc = new Document("Stakeholder", "October 2026", "Headline.", List.of(), List.of(), List.of(),
                List.of(Section.of("Costs", actions(3, false)),
                        Section.appendix("Inventory", List.of(new Paragraph("assets")))));
        Document email = EmailLength.fit(doc, "the attached PDF");
        assertThat(email.sections()).extracting(Section::heading).containsExactly("Costs", "In the attached PDF");
    }

    static Chart counts(int... values) {
        return new Chart("c", "Counts", Chart.Kind.BARS, Chart.Unit.COUNT,
                IntStream.range(0, values.length).mapToObj(i -> "E" + i).toList(),
                List.of(Series.bars("n", Tone.ALERT, IntStream.of(values).mapToObj(BigDecimal::valueOf).toList())),
                List.of());
    }

    @Test
    void aChartEarnsItsPlaceOnlyWithAComparison() {
        assertThat(counts(2, 2, 2, 2).earnsPlace()).as("all equal").isFalse();
        assertThat(counts(2, 3, 2, 2).earnsPlace()).as("counts within one").isFalse();
        assertThat(counts(9, 0, 0, 0).earnsPlace()).as("all but one empty").isFalse();
        assertThat(counts(4, 1, 0, 2).earnsPlace()).isTrue();
        Chart withTarget = new Chart("k", "KPIs", Chart.Kind.HORIZONTAL_BARS, Chart.Unit.PERCENT, List.of("a"),
                List.of(Series.bars("%", Tone.PRIMARY, List.of(BigDecimal.valueOf(80)))),
                List.of(Chart.Marker.line("Target", BigDecimal.valueOf(100), Tone.SECONDARY)));
        assertThat(withTarget.earnsPlace()).as("a value against a target line").isTrue();
    }

    @Test
    void emptySeriesLeaveTheLegend() {
        Chart chart = new Chart("c", "Findings", Chart.Kind.STACKED_BARS, Chart.Unit.COUNT, List.of("a", "b"),
                List.of(Series.bars("High", Tone.ALERT, List.of(BigDecimal.ONE, BigDecimal.TEN)),
                        Series.bars("Low", Tone.MUTED, List.of(BigDecimal.ZERO, BigDecimal.ZERO))),
                List.of());
        assertThat(chart.withoutEmptySeries().series()).extracting(Series::name).containsExactly("High");
    }
}
