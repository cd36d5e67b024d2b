package com.execreports.adapter.inbound.cli;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Formats a {@link PreviewPage}. The template ({@code src/main/jte/html/preview.jte} of this
 * module) is compiled at build time, like the report templates of the engine; it belongs to the
 * command line, which is the only thing that writes a preview.
 */
final class PreviewRenderer {
    private final TemplateEngine html = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "com.execreports.templates.cli");

    String render(PreviewPage page) {
        StringOutput out = new StringOutput();
        html.render("preview.jte", page, out);
        return out.toString();
    }
}
