package com.execreports.engine.parse;

import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.ReportsConfig.Milestone;
import com.execreports.domain.ConfigurationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code reports.yml} (SPEC §2) with Jackson YAML. Every problem found is collected and
 * thrown together as one {@link ConfigurationException}, each naming its line, so that a person
 * fixes the file in one pass.
 */
public final class ReportsConfigParser {
    public static final String FILE = "reports.yml";
    private static final Set<String> REPORT_KEYS = Set.of("id", "persona", "entities", "subject", "title",
            "attach_pdf", "assignees");
    /** A key given twice is an error, never "the last one wins" (issue 16: it changed who saw what). */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    public ReportsConfig parse(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        List<ReportDefinition> reports = new ArrayList<>();
        Policies policies = Policies.DEFAULTS;
        List<Milestone> roadmap = List.of();
        int maxEntitiesShown = ReportsConfig.DEFAULT_MAX_ENTITIES_SHOWN;
        boolean sawReports = false;
        try (JsonParser p = YAML.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ConfigurationException(FILE + ": expected 'reports:' and optional 'policies:' at the top");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                switch (key) {
                    case "reports" -> {
                        sawReports = true;
                        readReports(p, reports, problems);
                    }
                    case "policies" -> policies = policies(YAML.readTree(p), line, problems);
                    case "roadmap" -> roadmap = roadmap(YAML.readTree(p), line, problems);
                    case "max_entities_shown" -> {
                        JsonNode n = YAML.readTree(p);
                        if (n.canConvertToInt() && n.isIntegralNumber() && n.intValue() >= 1) {
                            maxEntitiesShown = n.intValue();
                        } else {
                            problems.add(at(line, "max_entities_shown must be a whole number of at least 1"));
                        }
                    }
                    default -> {
                        problems.add(at(line, "unknown key '" + key
                                + "' (expected 'reports', 'policies', 'roadmap' or 'max_entities_shown')"));
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = YamlErrors.line(e);
            String duplicate = YamlErrors.duplicateKey(e);
            if (duplicate != null) {
                throw new ConfigurationException(at(line, "the key '" + duplicate + "' is given twice in one mapping;"
                        + " remove one (which one was meant is not guessed)"));
            }
            throw new ConfigurationException(at(line, "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigurationException(FILE + ": cannot be read", e);
        }
        if (!sawReports) {
            problems.add(FILE + ": no 'reports:' list");
        }
        checkUnique(reports, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
        return new ReportsConfig(reports, policies, roadmap, maxEntitiesShown);
    }

    /** {@code roadmap: [{milestone, due, owner, done}]}: fixed dates, {@code done} optional (false). */
    private static List<Milestone> roadmap(JsonNode node, int line, List<String> problems) {
        List<Milestone> roadmap = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add(at(line, "'roadmap' must be a list of {milestone, due, owner, done}"));
            return roadmap;
        }
        int n = 0;
        for (JsonNode m : node) {
            n++;
            String milestone = m.isObject() ? text(m, "milestone") : null;
            String due = m.isObject() ? text(m, "due") : null;
            JsonNode done = m.isObject() ? m.get("done") : null;
            java.time.LocalDate date = null;
            try {
                date = due == null ? null : java.time.LocalDate.parse(due);
            } catch (java.time.format.DateTimeParseException bad) {
                date = null;
            }
            if (milestone == null || date == null || (done != null && !done.isBoolean())) {
                problems.add(at(line, "roadmap entry " + n + " needs 'milestone', 'due' (YYYY-MM-DD) and an optional"
                        + " 'done' of true or false"));
                continue;
            }
            roadmap.add(new Milestone(milestone, date, m.isObject() ? text(m, "owner") : null,
                    done != null && done.booleanValue()));
        }
        return roadmap;
    }

    private void readReports(JsonParser p, List<ReportDefinition> reports, List<String> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(at(p.currentTokenLocation().getLineNr(), "'reports' must be a list"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentTokenLocation().getLineNr();
            JsonNode node = YAML.readTree(p);
            report(node, line, problems).ifPresent(reports::add);
        }
    }

    private java.util.Optional<ReportDefinition> report(JsonNode node, int line, List<String> problems) {
        int before = problems.size();
        if (node == null || !node.isObject()) {
            problems.add(at(line, "each report must be a mapping with id, persona and entities"));
            return java.util.Optional.empty();
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!REPORT_KEYS.contains(k)) {
                problems.add(at(line, "report has an unknown key '" + k + "'"));
            }
        });
        JsonNode idNode = node.get("id");
        String id = text(node, "id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual()) {
            // YAML reads 0123 as 83 and 0x1f as 31: never guess, ask for quotes
            problems.add(at(line, "report 'id' is not text (YAML reads an unquoted 0123 or 0x1f as a number);"
                    + " put it in quotes"));
            id = null;
        } else if (ReportDefinition.problemWithId(id) != null) {
            problems.add(at(line, "report 'id' " + ReportDefinition.problemWithId(id)));
        }
        String personaText = text(node, "persona");
        Persona persona = personaText == null ? null : Persona.parse(personaText).orElse(null);
        if (persona == null) {
            problems.add(at(line, "report '" + id + "': persona must be one of ceo, cto, accounting, cmo, cfo, stakeholder"));
        }
        JsonNode entitiesNode = node.get("entities");
        boolean all = entitiesNode != null && entitiesNode.isTextual() && entitiesNode.asText().equals("all");
        List<String> entities = new ArrayList<>();
        if (!all) {
            if (entitiesNode == null || !entitiesNode.isArray() || entitiesNode.isEmpty()) {
                problems.add(at(line, "report '" + id + "': 'entities' must be a non-empty list of entity ids or 'all'"));
            } else {
                entitiesNode.forEach(e -> entities.add(e.isTextual() ? e.asText() : ""));
                if (entities.stream().anyMatch(String::isEmpty)) {
                    problems.add(at(line, "report '" + id + "': an entity id is not text (YAML reads an unquoted 0123"
                            + " as a number); put it in quotes"));
                } else if (entities.stream().anyMatch(e -> !com.execreports.domain.Handoff.ENTITY_ID.matcher(e).matches())) {
                    problems.add(at(line, "report '" + id + "': entity ids must be [a-z0-9-]+"));
                }
                if (new HashSet<>(entities).size() != entities.size()) {
                    problems.add(at(line, "report '" + id + "': an entity is listed twice"));
                }
            }
        }
        JsonNode attachPdf = node.get("attach_pdf");
        if (attachPdf != null && !attachPdf.isBoolean()) {
            problems.add(at(line, "report '" + id + "': attach_pdf must be true or false"));
        }
        JsonNode assigneesNode = node.get("assignees");
        List<String> assignees = new ArrayList<>();
        if (assigneesNode != null) {
            if (!assigneesNode.isArray() || persona != Persona.STAKEHOLDER) {
                problems.add(at(line, "report '" + id + "': 'assignees' is a list of owners, for stakeholder reports"));
            } else {
                assigneesNode.forEach(a -> assignees.add(a.asText().strip()));
            }
        }
        if (persona == Persona.STAKEHOLDER && (all || entities.size() != 1)) {
            problems.add(at(line, "report '" + id + "': a stakeholder report is scoped to exactly one entity"));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        String title = text(node, "title");
        if (title == null) {
            title = persona == Persona.STAKEHOLDER ? entities.get(0) : persona.displayName();
        }
        String subject = text(node, "subject");
        if (subject == null) {
            subject = ReportDefinition.DEFAULT_SUBJECT;
        }
        return java.util.Optional.of(new ReportDefinition(id, persona, title, entities, all, subject, line,
                attachPdf != null && attachPdf.booleanValue(), assignees));
    }

    private static Policies policies(JsonNode node, int line, List<String> problems) {
        if (node == null || node.isNull()) {
            return Policies.DEFAULTS;
        }
        if (!node.isObject()) {
            problems.add(at(line, "'policies' must be a mapping"));
            return Policies.DEFAULTS;
        }
        BigDecimal maxInfra = Policies.DEFAULTS.maxInfraSpendPerEntity();
        boolean attribution = Policies.DEFAULTS.marketingRequiresAttribution();
        BigDecimal minRevenue = Policies.DEFAULTS.minRevenuePerHire();
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            JsonNode value = node.get(key);
            switch (key) {
                case Policies.MAX_INFRA -> maxInfra = policyNumber(key, value, line, problems, maxInfra);
                case Policies.MIN_REVENUE_PER_HIRE -> minRevenue = policyNumber(key, value, line, problems, minRevenue);
                case Policies.MARKETING_ATTRIBUTION -> {
                    if (value.isBoolean()) {
                        attribution = value.booleanValue();
                    } else {
                        problems.add(at(line, "policies." + key + " must be true or false"));
                    }
                }
                default -> problems.add(at(line, "policies has an unknown key '" + key + "'"));
            }
        }
        return new Policies(maxInfra, attribution, minRevenue);
    }

    private static BigDecimal policyNumber(String key, JsonNode value, int line, List<String> problems,
                                           BigDecimal fallback) {
        // 1e400 is a number to YAML (infinite as a double): bounded like every number read
        if (value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() >= 0
                && value.doubleValue() <= 1e12) {
            return value.decimalValue();
        }
        problems.add(at(line, "policies." + key + " must be a number of dollars per month"));
        return fallback;
    }

    private static void checkUnique(List<ReportDefinition> reports, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (ReportDefinition report : reports) {
            if (!seen.add(report.id())) {
                problems.add(at(report.line(), "duplicate report id '" + report.id() + "'"));
            }
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String at(int line, String message) {
        return FILE + " line " + line + ": " + message;
    }
}
