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
 * @param assignees owners whose open actions in other entities a stakeholder report also shows (SPEC §8.1)
 */
public record ReportDefinition(String id, Persona persona, String title, List<String> entities,
                               boolean allEntities, String subject, int line, boolean attachPdf,
                               List<String> assignees) {
    /** The subject when reports.yml gives none: the title, the period and the headline figure (SPEC §8.4). */
    public static final String DEFAULT_SUBJECT = "{title} {period}: {headline}";

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
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }

    public ReportDefinition(String id, Persona persona, String title, List<String> entities, boolean allEntities,
                            String subject, int line, boolean attachPdf) {
        this(id, persona, title, entities, allEntities, subject, line, attachPdf, List.of());
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

    /** The subject for a period, placeholders replaced; {@code {headline}} as a placeholder word. */
    public String subjectFor(String period) {
        return subjectFor(period, "headline");
    }

    /** The subject for a period with its headline figure (SPEC §8.4), placeholders replaced. */
    public String subjectFor(String period, String headline) {
        return subject.replace("{period}", period).replace("{title}", title).replace("{headline}", headline);
    }
}
