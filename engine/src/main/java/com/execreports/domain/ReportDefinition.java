package com.execreports.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code reports.yml}.
 *
 * @param entities entity ids in the order given; empty when {@code allEntities}
 * @param title display title, never null (defaults chosen by the parser)
 * @param subject subject template with {@code {period}} and {@code {title}}, never null
 * @param line the line in reports.yml where the entry starts, for messages
 * @param attachPdf whether the message carries a PDF copy of the report ({@code attach_pdf: true})
 */
public record ReportDefinition(String id, Persona persona, String title, List<String> entities,
                               boolean allEntities, String subject, int line, boolean attachPdf) {
    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public ReportDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("report id must match [a-z0-9-]+");
        }
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        entities = List.copyOf(entities);
    }

    /** A report without a PDF copy. */
    public ReportDefinition(String id, Persona persona, String title, List<String> entities, boolean allEntities,
                            String subject, int line) {
        this(id, persona, title, entities, allEntities, subject, line, false);
    }

    /** The configuration key prefix for this report: {@code REPORT_<ID>} with '-' as '_'. */
    public String keyPrefix() {
        return "REPORT_" + id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The subject for a period, placeholders replaced. */
    public String subjectFor(String period) {
        return subject.replace("{period}", period).replace("{title}", title);
    }
}
