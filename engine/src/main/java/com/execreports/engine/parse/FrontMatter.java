package com.execreports.engine.parse;

import com.execreports.domain.ReportingPeriod;
import com.execreports.domain.EntityKind;
import com.execreports.domain.Handoff;
import com.execreports.domain.Warning;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The YAML block at the top of a handoff (SPEC §1, §7). The block's extent follows the commonmark
 * YAML front-matter extension's own rule (opened by {@code ---} on the first line, closed by
 * {@code ---} or {@code ...}); its content is parsed by Jackson YAML, never by hand.
 */
record FrontMatter(String entity, String name, EntityKind kind, ReportingPeriod period, String accountingSystem,
                   int lastLine) {
    private static final Pattern OPEN = Pattern.compile("^-{3}\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^(-{3}|\\.{3})\\s*$");
    private static final Pattern ENTITY_LINE = Pattern.compile("^entity:\\s*[\"']?([a-z0-9-]+)[\"']?\\s*(#.*)?$");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final YAMLMapper YAML = ReportsConfigParser.YAML;

    /** The same front matter with its shown texts (name, accounting system) passed through {@code shown}. */
    FrontMatter shown(java.util.function.UnaryOperator<String> shown) {
        return new FrontMatter(entity, shown.apply(name), kind, period, shown.apply(accountingSystem), lastLine);
    }

    /**
     * Just the {@code entity} of a front matter that is otherwise unusable (a name missing, a key
     * given twice...), when it is one unambiguous entity id: for a file refused whole, so that only
     * its entity goes without data.
     */
    static Optional<String> entityOnly(List<String> lines) {
        if (lines.isEmpty() || !OPEN.matcher(lines.get(0)).matches()) {
            return Optional.empty();
        }
        String found = null;
        for (int i = 1; i < lines.size() && !CLOSE.matcher(lines.get(i)).matches(); i++) {
            java.util.regex.Matcher m = ENTITY_LINE.matcher(lines.get(i));
            if (m.matches()) {
                if (found != null && !found.equals(m.group(1))) {
                    return Optional.empty();
                }
                found = m.group(1);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The front matter, or empty after reporting why the file is unusable. */
    static Optional<FrontMatter> read(String file, List<String> lines, Consumer<Warning> warnings) {
        if (lines.isEmpty() || !OPEN.matcher(lines.get(0)).matches()) {
            warnings.accept(Warning.at(file, 1, "no front matter ('---' block at the top); file skipped"));
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (CLOSE.matcher(lines.get(i)).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            warnings.accept(Warning.at(file, 1, "front matter is not closed by '---'; file skipped"));
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = YAML.readTree(String.join("\n", lines.subList(1, close)));
        } catch (JsonProcessingException e) {
            int line = 1 + YamlErrors.line(e);
            String duplicate = YamlErrors.duplicateKey(e);
            if (duplicate != null) {
                warnings.accept(Warning.at(file, line, "front matter gives the key '" + Limits.cut(duplicate, 40)
                        + "' twice; file skipped"));
                return Optional.empty();
            }
            warnings.accept(Warning.at(file, line, "front matter is not valid YAML; file skipped"));
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            warnings.accept(Warning.at(file, 1, "front matter is not a set of key: value lines; file skipped"));
            return Optional.empty();
        }
        return fields(file, root, close + 1, warnings);
    }

    private static Optional<FrontMatter> fields(String file, JsonNode root, int lastLine, Consumer<Warning> warnings) {
        String entity = text(root, "entity");
        String name = text(root, "name");
        String period = text(root, "period");
        String problem = null;
        JsonNode entityNode = root.get("entity");
        if (entityNode != null && entityNode.isValueNode() && !entityNode.isTextual() && !entityNode.isNull()) {
            problem = "front matter 'entity' is not text (YAML reads an unquoted 0123 as a number); put it in quotes";
        } else if (entity == null) {
            problem = "front matter has no 'entity'";
        } else if (!Handoff.ENTITY_ID.matcher(entity).matches()) {
            problem = "front matter 'entity' must be lower-case letters, digits and '-'";
        } else if (name == null) {
            problem = "front matter has no 'name'";
        } else if (period == null) {
            problem = "front matter has no 'period'";
        } else if (!ReportingPeriod.matches(period)) {
            problem = "front matter 'period' is not a month in YYYY-MM form";
        }
        if (problem != null) {
            warnings.accept(Warning.at(file, 1, problem + "; file skipped"));
            return Optional.empty();
        }
        String kindText = text(root, "kind");
        EntityKind kind = EntityKind.OTHER;
        if (kindText != null) {
            kind = EntityKind.parse(kindText).orElseGet(() -> {
                warnings.accept(Warning.at(file, 1, "front matter 'kind' is unknown; using 'other'"));
                return EntityKind.OTHER;
            });
        }
        return Optional.of(new FrontMatter(entity, name, kind, ReportingPeriod.of(period),
                text(root, "accounting_system"), lastLine));
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
