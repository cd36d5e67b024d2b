package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.render.HtmlLayout;
import com.execreports.testing.Mime;
import com.execreports.testing.SampleRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML part of the sample run, parsed (jsoup) and held to what mail clients really do:
 * no CSS that a major client ignores where the layout depends on it, nothing of a fixed width
 * wider than a phone outside Outlook's conditional comments, and every text at WCAG AA contrast
 * against the background it is drawn on.
 */
class HtmlPartsTest {
    static final List<String> REPORTS = SampleReportsGoldenTest.REPORTS;
    /** The narrowest content a phone shows: 390 px less the card's padding. */
    static final int PHONE = 358;

    @TempDir
    static Path outbox;
    static Map<String, Document> parts = new LinkedHashMap<>();

    @BeforeAll
    static void run() throws Exception {
        SampleRun.run(outbox);
        for (String id : REPORTS) {
            byte[] eml = Files.readAllBytes(outbox.resolve("2026-10").resolve(id + ".eml"));
            parts.put(id, Jsoup.parse(Mime.part(Mime.parse(eml), "text/html")));
        }
    }

    static Stream<String> reports() {
        return REPORTS.stream();
    }

    /** Declarations of the element's style attribute, property (lower case) to value. */
    static Map<String, String> style(Element e) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : e.attr("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return declarations;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void usesNoCssThatMailClientsIgnoreWhereItMatters(String id) {
        List<String> problems = new ArrayList<>();
        Document html = parts.get(id);
        for (Element e : html.getAllElements()) {
            Map<String, String> css = style(e);
            String tag = e.tagName();
            if ((tag.equals("td") || tag.equals("th")) && "nowrap".equals(css.get("white-space"))) {
                problems.add("white-space:nowrap on a " + tag + " (Outlook for Windows ignores it): " + e.text());
            }
            if (e.hasAttr("nowrap")) {
                problems.add("nowrap attribute on " + tag);
            }
            if (tag.equals("img") && (css.containsKey("height") || css.containsKey("max-height"))) {
                problems.add("height as CSS on an image (Yahoo ignores it; the image would stretch): " + e.attr("src"));
            }
            if (tag.equals("img") && e.hasAttr("height") && "100%".equals(css.get("width"))) {
                problems.add("a fluid image with a fixed height attribute (distorts where height:auto is ignored)");
            }
            String display = css.getOrDefault("display", "");
            if (display.contains("flex") || display.contains("grid")) {
                problems.add("display:" + display + " (Outlook for Windows and Gmail's apps ignore it)");
            }
            for (String property : List.of("position", "float", "min-width", "background-image", "overflow")) {
                if (css.containsKey(property)) {
                    problems.add(property + " on a " + tag + " (dropped or ignored by a major client)");
                }
            }
            problems.addAll(wide(e, css));
        }
        if (!html.select("style, link[rel=stylesheet]").isEmpty()) {
            problems.add("a style sheet: the basic fit must not depend on one (some Gmail apps drop it)");
        }
        assertThat(problems).as("CSS problems in the HTML part of %s", id).isEmpty();
    }

    /** Fixed widths wider than a phone, outside the MSO conditional comments (jsoup sees no element inside them). */
    static List<String> wide(Element e, Map<String, String> css) {
        List<String> problems = new ArrayList<>();
        Integer attr = pixels(e.attr("width"));
        Integer property = pixels(css.get("width"));
        boolean fluid = "100%".equals(css.get("width")) || "100%".equals(e.attr("width"));
        if (attr != null && attr > PHONE && !fluid) {
            problems.add(e.tagName() + " width=\"" + attr + "\" without width:100% (wider than a phone)");
        }
        if (property != null && property > PHONE) {
            problems.add(e.tagName() + " with width:" + property + "px (wider than a phone)");
        }
        return problems;
    }

    static Integer pixels(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+)(px)?").matcher(value.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void hasOutlookConditionalTablesAroundTheFluidColumn(String id) {
        List<String> conditional = new ArrayList<>();
        parts.get(id).getAllElements().forEach(e -> e.childNodes().stream()
                .filter(n -> n instanceof Comment).map(n -> ((Comment) n).getData())
                .filter(c -> c.startsWith("[if mso]")).forEach(conditional::add));
        assertThat(conditional).as("MSO conditional comments in %s", id).isNotEmpty()
                .anyMatch(c -> c.contains("width=\"640\""));
        assertThat(parts.get(id).select("div[style*=max-width:640px]")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyTextMeetsWcagAaContrast(String id) {
        List<String> problems = new ArrayList<>();
        for (Element e : parts.get(id).body().getAllElements()) {
            boolean hasText = e.childNodes().stream().anyMatch(n -> n instanceof TextNode t && !t.isBlank());
            if (!hasText) {
                continue;
            }
            String fg = inherited(e, "color", "#000000");
            String bg = background(e);
            double ratio = contrast(fg, bg);
            double size = pixels(inherited(e, "font-size", "16px")) == null ? 16
                    : pixels(inherited(e, "font-size", "16px"));
            boolean bold = inherited(e, "font-weight", "normal").equals("bold") || e.tagName().matches("h\\d|th|b|strong");
            double needed = size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5;
            if (ratio < needed) {
                problems.add(String.format(Locale.ROOT, "%.2f:1 (%s on %s, %.0f px) for \"%s\"", ratio, fg, bg, size,
                        e.ownText().strip()));
            }
        }
        assertThat(problems).as("text below WCAG AA contrast in %s", id).isEmpty();
    }

    @Test
    void severityBadgesCarryTheirWordAtAaContrast() {
        HtmlLayout.SEVERITY_COLOURS.forEach((word, colour) ->
                assertThat(contrast("#ffffff", colour)).as("white on the %s badge", word).isGreaterThanOrEqualTo(4.5));
        Element badge = parts.get("cto").select("span[style*=background-color]").stream()
                .filter(s -> s.text().equals("Critical")).findFirst().orElse(null);
        assertThat(badge).as("a Critical badge with its word in the CTO report").isNotNull();
    }

    static String inherited(Element e, String property, String fallback) {
        for (Element at = e; at != null; at = at.parent()) {
            String value = style(at).get(property);
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }

    static String background(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            String value = style(at).get("background-color");
            if (value != null) {
                return value;
            }
            if (at.hasAttr("bgcolor")) {
                return at.attr("bgcolor");
            }
        }
        return "#ffffff";
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        String h = hex.strip().replace("#", "");
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (!h.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void theCheckCatchesWhatTheOldTemplateDid() {
        Document old = Jsoup.parse("<table width=\"640\"><tr><td style=\"white-space:nowrap;\">$1</td></tr></table>"
                + "<img width=\"584\" height=\"260\" style=\"width:100%;height:auto\">"
                + "<p style=\"color:#9ca3af\">footer</p>");
        Element td = old.selectFirst("td");
        assertThat(style(td)).containsEntry("white-space", "nowrap");
        assertThat(wide(old.selectFirst("table"), style(old.selectFirst("table")))).isNotEmpty();
        assertThat(style(old.selectFirst("img"))).containsKey("height");
        assertThat(contrast("#9ca3af", "#ffffff")).isLessThan(4.5);
    }
}
