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
    /** Report ids are at most this long (a file name is derived from them, SPEC §7 round 2). */
    public static final int MAX_ID_LENGTH = 64;
    /** Ids a run's own files use: {@code summary.json}, the preview's {@code index.html}, the {@code ledger} folder. */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("summary", "index", "ledger");
    /** A subject longer than this is cut, with an ellipsis: a mail client shows far less. */
    public static final int MAX_SUBJECT_LENGTH = 200;

    /** Why {@code id} cannot be a report id, or {@code null} when it can. */
    public static String problemWithId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return "is missing or not [a-z0-9-]+";
        }
        if (id.length() > MAX_ID_LENGTH) {
            return "is longer than " + MAX_ID_LENGTH + " characters";
        }
        if (RESERVED_IDS.contains(id)) {
            return "'" + id + "' is reserved (summary, index and ledger name the run's own files)";
        }
        return null;
    }

    public ReportDefinition {
        Objects.requireNonNull(id, "id");
        String problem = problemWithId(id);
        if (problem != null) {
            throw new IllegalArgumentException("report id " + problem);
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
        String full = subject.replace("{period}", period).replace("{title}", title);
        if (full.length() <= MAX_SUBJECT_LENGTH) {
            return full;
        }
        int end = MAX_SUBJECT_LENGTH - 1;
        if (Character.isHighSurrogate(full.charAt(end - 1))) {
            end--;
        }
        return full.substring(0, end).stripTrailing() + "…";
    }
}
