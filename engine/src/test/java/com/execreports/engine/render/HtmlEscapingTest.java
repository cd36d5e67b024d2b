package com.execreports.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.Handoff;
import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.report.ReportBuilder;
import com.execreports.testing.EveryField;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Handoff text never becomes markup (issue 5, item 6): with hostile text in every text field of a
 * handoff and in the report's title, every persona's HTML part holds only the template's own tags
 * and attributes, and the text is shown, escaped.
 */
class HtmlEscapingTest {
    /** Every element and attribute the template writes; anything else came from the input. */
    static final Set<String> TAGS = Set.of("!doctype", "html", "head", "meta", "title", "body", "table", "tr", "td",
            "th", "div", "p", "h2", "h3", "ul", "li", "img", "span");
    static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "style", "role", "width",
            "cellpadding", "cellspacing", "border", "align", "valign", "src", "height", "alt");
    /** A tag, reading quoted attribute values whole: a '>' inside quotes does not end a tag. */
    private static final Pattern TAG = Pattern.compile("<(/?)([!a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final ReportingPeriod PERIOD = ReportingPeriod.of(2026, 10);

    /** Fields no persona shows: the email channel's name (the CMO's matrix is entity × channel type). */
    static final Set<Integer> NOT_SHOWN = Set.of(12);

    enum Payload {
        SCRIPT("<script>alert(%d)</script>", "&lt;script&gt;alert(%d)&lt;/script&gt;"),
        IMAGE("\"><img src=x onerror=alert(%d)>", "&lt;img src=x onerror=alert(%d)&gt;"),
        HTML_LINK("<a href=\"javascript:alert(%d)\">x</a>", "&lt;a href=\"javascript:alert(%d)\"&gt;x&lt;/a&gt;"),
        MARKDOWN_LINK("[link %d](javascript:alert(%<d))", "link %d");

        final String raw;
        final String shown;

        Payload(String raw, String shown) {
            this.raw = raw;
            this.shown = shown;
        }

        String raw(int field) {
            return String.format(Locale.ROOT, raw, field);
        }

        String shown(int field) {
            return String.format(Locale.ROOT, shown, field);
        }
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void hostileTextInEveryFieldIsShownEscapedAndAddsNoTagOrAttribute(Payload payload) {
        Map<Persona, String> html = render(payload::raw, "Title " + payload.raw(99));

        html.forEach(HtmlEscapingTest::assertOnlyTemplateMarkup);
        String all = String.join("\n", html.values());
        List<Integer> missing = IntStream.range(0, EveryField.FIELDS)
                .filter(i -> !NOT_SHOWN.contains(i) && !all.contains(payload.shown(i)))
                .boxed().toList();
        assertThat(missing).as("fields not shown (escaped) by any persona").isEmpty();
        assertThat(html.get(Persona.STAKEHOLDER)).contains(payload.shown(99));
        assertThat(all).doesNotContain(payload.raw(16));
    }

    @Property(tries = 40)
    void whateverTheTextTheHtmlHoldsOnlyTheTemplatesMarkup(@ForAll("hostileText") String text) {
        render(i -> text + " " + i, text).forEach(HtmlEscapingTest::assertOnlyTemplateMarkup);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<p style=\"a\">text <img src=x onerror=alert(1)></p>",
        "<td onclick=\"alert(1)\">x</td>",
        "<div style=\"a\" data-x=\"javascript:alert(1)\">x</div>",
        "<p>a < b</p>"})
    void theCheckItselfCatchesInjectedMarkup(String html) {
        assertThatThrownBy(() -> assertOnlyTemplateMarkup(Persona.CEO, html)).isInstanceOf(AssertionError.class);
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.of("<script>", "</script>", "<img src=x onerror=alert(1)>", "\"", "'", "&", "&lt;", "&#60;",
                        "javascript:", "<a href=\"javascript:alert(1)\">", "</a>", "<svg onload=alert(1)>", "<!--", "-->",
                        "<![CDATA[", "]]>", ">", "<", "=", " ", "x", "\\", "`", "*", "[y](javascript:z)", "<style>", "{", "}")
                .list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /**
     * Outlook's conditional comments hold nothing but tags; each is opened up so that its tags
     * are checked like any other. Anything else that looks like a comment fails the check.
     */
    private static final Pattern MSO = Pattern.compile("<!--\\[if mso\\]>((?:<[^<>]*>)*)<!\\[endif\\]-->");

    static void assertOnlyTemplateMarkup(Persona persona, String html) {
        Matcher tag = TAG.matcher(MSO.matcher(html).replaceAll("$1"));
        while (tag.find()) {
            assertThat(TAGS).as(persona + ": element in " + tag.group()).contains(tag.group(2).toLowerCase(Locale.ROOT));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(ATTRIBUTES).as(persona + ": attribute in " + tag.group())
                        .contains(attribute.group(1).toLowerCase(Locale.ROOT));
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                if (name.equals("src") || name.equals("style")) {
                    // where a value is a URL or CSS, input must never reach it; alt text is shown as text
                    assertThat(attribute.group(2)).as(persona + ": " + name + " value").doesNotContainIgnoringCase("javascript");
                }
                if (name.equals("src")) {
                    assertThat(attribute.group(2)).as(persona + ": img src").matches("\"[a-z0-9-]+\\.[a-z0-9-]+\\.png\"");
                }
            }
        }
        String outsideTags = TAG.matcher(html).replaceAll("");
        assertThat(outsideTags).as(persona + ": a '<' outside a tag").doesNotContain("<");
    }

    /** Every persona's HTML over one handoff holding {@code text} in every field. */
    static Map<Persona, String> render(IntFunction<String> text, String title) {
        HandoffParser.Parsed parsed = new HandoffParser().parse("hostile.md", EveryField.handoff("hostile", text).bytes());
        assertThat(parsed.handoff()).as(parsed.warnings().toString()).isPresent();
        List<Handoff> handoffs = new ArrayList<>(List.of(parsed.handoff().get()));
        Portfolio portfolio = Portfolio.resolve(handoffs, parsed.warnings(), PERIOD);
        Renderer renderer = new Renderer();
        Map<Persona, String> html = new LinkedHashMap<>();
        for (Persona persona : Persona.values()) {
            ReportDefinition definition = new ReportDefinition(persona.name().toLowerCase(Locale.ROOT), persona, title,
                    List.of("hostile"), false, "{title}: {period}", 1);
            html.put(persona, renderer.html(ReportBuilder.buildFor(ScopedView.of(portfolio, definition, Policies.DEFAULTS))
                    .document(), ChartSource.files(persona.name().toLowerCase(Locale.ROOT))));
        }
        return html;
    }
}
