package com.execreports.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.Table;
import com.execreports.engine.report.Report;
import com.execreports.testing.SampleReports;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per chart: its series agree with the figures of the report's JSON (and with the handoff
 * rows themselves), the JSON's {@code charts} hold the same series, and the JFreeChart that is
 * drawn holds exactly those values.
 */
class ChartDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void cfoRevenueAndTargetByMonthAgainstBurnAndBreakEven() throws IOException {
        Report report = SampleReports.build("cfo");
        Chart chart = chart(report, "revenue-burn");
        JsonNode figures = json(report).get("figures");

        assertThat(chart.markers().get(0).from()).isEqualByComparingTo(figures.get("burn_min").decimalValue());
        assertThat(chart.markers().get(0).to()).isEqualByComparingTo(figures.get("burn_max").decimalValue());
        Chart.Marker breakEven = chart.markers().get(1);
        assertThat(breakEven.isLine()).isTrue();
        assertThat(breakEven.from()).isEqualByComparingTo(figures.get("burn_max").decimalValue());
        assertThat(breakEven.label()).contains(figures.get("portfolio_break_even_units").asText() + " charters");

        // actuals only (months up to the period, SPEC §8.3), like for like: the JSON's revenue_by_month drawn
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, BigDecimal> target = new TreeMap<>();
        for (JsonNode m : figures.get("revenue_by_month")) {
            revenue.put(m.get("month").asText(), m.get("actual").decimalValue().add(m.get("untargeted").decimalValue()));
            target.put(m.get("month").asText(), m.get("target").isNull() ? null : m.get("target").decimalValue());
        }
        assertThat(revenue.keySet()).allMatch(month -> month.compareTo(report.period().toString()) <= 0);
        assertThat(chart.categories()).containsExactlyElementsOf(revenue.keySet());
        assertThat(series(chart, "Revenue")).usingElementComparator(ChartDataTest::compare)
                .containsExactlyElementsOf(revenue.values());
        assertThat(series(chart, "Target")).usingElementComparator(ChartDataTest::compare)
                .containsExactlyElementsOf(target.values());
        assertDrawnAndInJson(report, chart);
    }

    @Test
    void cmoOpportunityChartIsLeftOutWhenOneEntityHasItAll() throws IOException {
        // the sample's opportunity is JADA's alone: a chart of one bar says no more than the key figure
        Report report = SampleReports.build("cmo");
        assertThat(report.document().charts()).extracting(Chart::name).doesNotContain("opportunity")
                .contains("channels");
        assertThat(json(report).get("charts").findValuesAsText("name")).doesNotContain("opportunity");
    }

    @Test
    void cmoChannelChartCountsTheChannelMatrix() throws IOException {
        Report report = SampleReports.build("cmo");
        Chart chart = chart(report, "channels");
        Table matrix = (Table) section(report, "Channel matrix").blocks().stream()
                .filter(Table.class::isInstance).findFirst().orElseThrow();
        for (int type = 0; type < chart.categories().size(); type++) {
            assertThat(matrix.headers().get(type + 1)).isEqualToIgnoringCase(chart.categories().get(type));
            Map<String, Long> counted = new LinkedHashMap<>();
            for (List<String> row : matrix.rows()) {
                String status = row.get(type + 1);
                counted.merge(status.equals("—") || status.equals("none") ? "Not used"
                        : Character.toUpperCase(status.charAt(0)) + status.substring(1), 1L, Long::sum);
            }
            for (Series s : chart.series()) {
                assertThat(s.values().get(type).longValueExact()).as("%s %s", chart.categories().get(type), s.name())
                        .isEqualTo(counted.getOrDefault(s.name(), 0L));
            }
        }
        assertDrawnAndInJson(report, chart);
    }

    @Test
    void ctoFindingsByAreaAndSeverityAddUpToTheFindings() throws IOException {
        Report report = SampleReports.build("cto");
        Chart chart = chart(report, "findings");
        JsonNode figures = json(report).get("figures");
        BigDecimal total = chart.series().stream().map(s -> sum(s.values())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.longValueExact()).isEqualTo(figures.get("findings").asLong());
        long criticalSecurity = handoffs(report).stream().flatMap(h -> h.findings().stream())
                .filter(f -> f.area().label().equals("security") && f.severity().label().equals("critical")).count();
        assertThat(series(chart, "Critical").get(chart.categories().indexOf("Security")).longValueExact())
                .isEqualTo(criticalSecurity);
        assertDrawnAndInJson(report, chart);
    }

    @Test
    void ceoChartOfNearlyEqualCountsIsLeftOut() throws IOException {
        // 2/2/2/2 critical shortfalls and 2/3/2/2 missing KPIs per entity: the totals say as much
        Report report = SampleReports.build("ceo");
        assertThat(report.document().charts()).isEmpty();
        assertThat(json(report).get("charts")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rental-3028-51st", "expert-yacht-delivery", "dangerouscentaur-portfolio"})
    void stakeholderKpiValueAgainstTarget(String id) throws IOException {
        Report report = SampleReports.build(id);
        Chart chart = chart(report, "kpis");
        JsonNode figures = json(report).get("figures");
        List<BigDecimal> expected = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (Kpi k : handoffs(report).get(0).kpis()) {
            if (k.value() != null && k.target() != null && k.target().signum() > 0) {
                expected.add(k.value().multiply(BigDecimal.valueOf(100)).divide(k.target(), 0, RoundingMode.HALF_UP));
                measured.add(k.kpi());
            }
        }
        assertThat(chart.series()).hasSize(1);
        assertThat(chart.series().get(0).values()).containsExactlyElementsOf(expected);
        for (int i = 0; i < measured.size(); i++) {
            assertThat(chart.categories().get(i)).startsWith(measured.get(i) + " (");
        }
        // every KPI with a value is charted in the samples (all have positive targets)
        assertThat((long) measured.size()).isLessThanOrEqualTo(figures.get("kpis").asLong() - figures.get("missing_kpis").asLong());
        assertThat(chart.markers()).singleElement().satisfies(m -> assertThat(m.from()).isEqualByComparingTo("100"));
        assertDrawnAndInJson(report, chart);
    }

    @Test
    void theAccountingReportHasNoChart() {
        assertThat(SampleReports.build("accounting").document().charts()).isEmpty();
    }

    /** The JSON's chart holds the same series, and the JFreeChart drawn to PNG holds exactly those values. */
    private void assertDrawnAndInJson(Report report, Chart chart) throws IOException {
        JsonNode json = null;
        for (JsonNode c : json(report).get("charts")) {
            if (c.get("name").asText().equals(chart.name())) {
                json = c;
            }
        }
        assertThat(json).as("chart %s in the JSON", chart.name()).isNotNull();
        for (int s = 0; s < chart.series().size(); s++) {
            JsonNode values = json.get("series").get(s).get("values");
            List<BigDecimal> fromJson = new ArrayList<>();
            values.forEach(v -> fromJson.add(v.isNull() ? null : v.decimalValue()));
            assertThat(fromJson).usingElementComparator(ChartDataTest::compare)
                    .containsExactlyElementsOf(chart.series().get(s).values());
        }

        CategoryPlot plot = renderer.toJFreeChart(chart).getCategoryPlot();
        Map<String, List<BigDecimal>> drawn = new LinkedHashMap<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            assertThat(data.getColumnKeys()).containsExactlyElementsOf(chart.categories());
            for (int row = 0; row < data.getRowCount(); row++) {
                List<BigDecimal> values = new ArrayList<>();
                for (int col = 0; col < data.getColumnCount(); col++) {
                    Number n = data.getValue(row, col);
                    values.add(n == null ? null : new BigDecimal(n.toString()));
                }
                drawn.put(data.getRowKey(row).toString(), values);
            }
        }
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(chart.series().stream().map(Series::name).toList());
        for (Series s : chart.series()) {
            assertThat(drawn.get(s.name())).usingElementComparator(ChartDataTest::compare)
                    .containsExactlyElementsOf(s.values());
        }
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return a.compareTo(b);
    }

    private static Chart chart(Report report, String name) {
        return report.document().charts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + name + " in " + report.id()));
    }

    private static List<BigDecimal> series(Chart chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().values();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Handoff> handoffs(Report report) {
        return report.entities().stream().map(EntityView::handoff).toList();
    }

    private static Section section(Report report, String heading) {
        return report.document().sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static JsonNode json(Report report) throws IOException {
        return JSON.readTree(ReportJson.write(report));
    }
}
