package com.execreports.engine.render;

import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's data file ({@code <id>.json}, SPEC §5): id, persona, period, entities (ids),
 * figures and warnings, plus {@code entity_details} carrying each entity's period and stale flag.
 */
public final class ReportJson {
    private ReportJson() {}

    public static byte[] write(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", report.id());
        root.put("persona", report.definition().persona().label());
        root.put("title", report.definition().title());
        root.put("period", report.period().toString());
        root.put("subject", report.subject());
        root.put("entities", report.entities().stream().map(EntityView::id).toList());
        root.put("entity_details", report.entities().stream().map(ReportJson::entity).toList());
        Map<String, Object> figures = new LinkedHashMap<>();
        report.figures().forEach((k, v) -> figures.put(k, Json.number(v)));
        root.put("figures", figures);
        root.put("charts", report.document().charts().stream().map(ReportJson::chart).toList());
        root.put("warnings", warnings(report.warnings()));
        return Json.bytes(root);
    }

    /** A chart's data exactly as drawn, so the numbers behind each picture are in the data file too. */
    private static Map<String, Object> chart(Chart chart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", chart.name());
        m.put("title", chart.title());
        m.put("unit", chart.unit().name().toLowerCase(Locale.ROOT));
        m.put("categories", chart.categories());
        m.put("series", chart.series().stream().map(s -> {
            Map<String, Object> series = new LinkedHashMap<>();
            series.put("name", s.name());
            series.put("values", s.values().stream().map(Json::number).toList());
            return series;
        }).toList());
        m.put("markers", chart.markers().stream().map(marker -> {
            Map<String, Object> mk = new LinkedHashMap<>();
            mk.put("label", marker.label());
            mk.put("from", Json.number(marker.from()));
            mk.put("to", Json.number(marker.to()));
            return mk;
        }).toList());
        return m;
    }

    private static Map<String, Object> entity(EntityView e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("period", e.hasData() ? e.handoff().period().toString() : null);
        m.put("stale", e.stale());
        m.put("has_data", e.hasData());
        return m;
    }

    public static List<Map<String, Object>> warnings(List<Warning> warnings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Warning w : warnings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", w.file());
            m.put("line", w.line());
            m.put("message", w.message());
            list.add(m);
        }
        return list;
    }
}
