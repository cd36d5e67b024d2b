package com.execreports.engine.render;

import com.execreports.engine.report.Document;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Formats a {@link Document} as the HTML and the text part. Templates are compiled at build time
 * (jte-maven-plugin), so rendering loads classes and nothing more; HTML output is escaped by jte's
 * HTML content type, so handoff text can never become markup.
 */
public final class Renderer {
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\n{3,}");

    private final TemplateEngine html = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "com.execreports.templates.html");
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "com.execreports.templates.text");

    /** The HTML, its chart images found through {@code charts}. */
    public String html(Document document, ChartSource charts) {
        StringOutput out = new StringOutput();
        html.render("report.jte", Map.of("doc", document, "charts", charts), out);
        return out.toString();
    }

    public String text(Document document) {
        StringOutput out = new StringOutput();
        text.render("report.jte", document, out);
        return EXTRA_BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").strip() + "\n";
    }
}
