package com.execreports.engine.parse;

import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Economics;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Narrative;
import com.execreports.domain.Severity;
import com.execreports.domain.Warning;
import com.execreports.engine.parse.Cells.BadCell;
import com.execreports.engine.parse.Sections.EconomicsRow;
import com.execreports.engine.parse.Sections.TableSection;
import com.execreports.engine.parse.TableReader.Row;
import com.execreports.engine.parse.TableReader.Table;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads one handoff file into a {@link Handoff} (SPEC §1, §7). Never throws on bad input: every
 * problem becomes a {@link Warning} with file and line, the bad item is left out, and a file whose
 * front matter is unusable yields no handoff. Secrets are redacted before anything is parsed.
 * Thread-safe and stateless.
 */
public final class HandoffParser {
    /** Handoffs larger than this are refused (SPEC §1). */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern FINDING = Pattern.compile("^\\[([^\\]]*)]\\s*\\[([^\\]]*)]\\s*(.+)$", Pattern.DOTALL);

    private final Parser markdown = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();
    private final Redactor redactor = new Redactor();

    /**
     * What one file gave: a handoff when its front matter was usable, and its warnings. A file
     * refused whole may still say which entity it was meant for ({@code claimed}, read leniently
     * from its front matter; the caller may fall back to {@link #claimByName}): that entity then has no usable handoff this month, and the run goes on.
     */
    public record Parsed(Optional<Handoff> handoff, List<Warning> warnings, Optional<Claim> claimed) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        public Parsed(Optional<Handoff> handoff, List<Warning> warnings) {
            this(handoff, warnings, Optional.empty());
        }
    }

    /** The entity (and display name, when stated) a refused file was meant for. */
    public record Claim(String entity, String name, String file) {}

    public Parsed parse(String file, byte[] bytes) {
        Parsed parsed = parseWhole(file, bytes);
        if (parsed.handoff().isPresent()) {
            return parsed;
        }
        return new Parsed(Optional.empty(), parsed.warnings(), claim(file, bytes));
    }

    /**
     * Which entity a refused file was meant for: its front matter read leniently (the first 64 KiB,
     * bad bytes replaced, NULs dropped). Never its content beyond the id and name.
     */
    public static Optional<Claim> claim(String file, byte[] head) {
        int n = (int) Math.min(head.length, 64 * 1024);
        String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\0", "").replace("\uFEFF", "")
                .replace("\r\n", "\n").replace('\r', '\n');
        Optional<FrontMatter> front = FrontMatter.read(file, List.of(text.split("\n", -1)), w -> { });
        if (front.isPresent()) {
            return Optional.of(new Claim(front.get().entity(), Limits.cut(front.get().name(), Limits.LABEL), file));
        }
        Optional<String> entity = FrontMatter.entityOnly(List.of(text.split("\n", -1)));
        if (entity.isPresent()) {
            return Optional.of(new Claim(entity.get(), entity.get(), file));
        }
        return Optional.empty();
    }

    /** A file that could not be read at all is claimed by its name, when that is an entity id. */
    public static Optional<Claim> claimByName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return Handoff.ENTITY_ID.matcher(stem).matches() ? Optional.of(new Claim(stem, stem, file)) : Optional.empty();
    }

    private Parsed parseWhole(String file, byte[] bytes) {
        List<Warning> warnings = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            warnings.add(Warning.of(file, "larger than 1 MiB; file refused"));
            return new Parsed(Optional.empty(), warnings);
        }
        Optional<String> decoded = decode(file, bytes, warnings);
        if (decoded.isEmpty()) {
            return new Parsed(Optional.empty(), warnings);
        }
        Redactor.Result redacted = redactor.redact(decoded.get());
        Set<Integer> redactedLines = new HashSet<>();
        for (int line : redacted.lines()) {
            warnings.add(redactedAt(file, line));
            redactedLines.add(line);
        }
        String text = redacted.text();
        List<String> lines = List.of(text.split("\n", -1));
        Optional<FrontMatter> front = FrontMatter.read(file, lines, warnings::add);
        if (front.isEmpty()) {
            return new Parsed(Optional.empty(), warnings);
        }
        List<Warning> bodyWarnings = new ArrayList<>();
        Handoff handoff;
        try {
            Body body = new Body(file, bodyWarnings, redactedLines);
            // YAML escapes ("\x73k_live…") decode to what a reader sees: redacted again, and bounded
            FrontMatter shown = front.get().shown(t -> body.shown(t, 1, Limits.LABEL));
            handoff = body.read(shown, markdown.parse(text));
        } catch (StackOverflowError e) {
            // commonmark parses and walks nested markup recursively: a few thousand nested quote or
            // emphasis markers exhaust the stack. Such a file is refused; the run goes on.
            warnings.add(Warning.of(file, "markdown nested too deeply to read; file skipped"));
            return new Parsed(Optional.empty(), warnings);
        }
        warnings.addAll(bodyWarnings);
        return new Parsed(Optional.of(handoff), capRedactionWarnings(file, warnings));
    }

    /** Redaction warnings named one by one for a file; beyond this, one warning counts the rest. */
    static final int MAX_REDACTION_WARNINGS = 50;

    /**
     * A file of 130,000 {@code token:a} lines gave as many warnings, which every report and the
     * summary then carried (issue 16): the first {@link #MAX_REDACTION_WARNINGS} lines are named,
     * one more warning counts the others. The secrets themselves are redacted all the same.
     */
    private static List<Warning> capRedactionWarnings(String file, List<Warning> warnings) {
        String message = redactedAt(file, 1).message();
        List<Warning> kept = new ArrayList<>(Math.min(warnings.size(), 1_000));
        int named = 0;
        int more = 0;
        for (Warning w : warnings) {
            if (w.message().equals(message) && ++named > MAX_REDACTION_WARNINGS) {
                more++;
            } else {
                kept.add(w);
            }
        }
        if (more > 0) {
            kept.add(Warning.of(file, "credential-like values redacted on " + more + " more lines; rotate them and"
                    + " remove them from the handoff"));
        }
        return kept;
    }

    private static Warning redactedAt(String file, int line) {
        return Warning.at(file, line, "credential-like value redacted; rotate it and remove it from the handoff");
    }

    /** Strict UTF-8, a leading BOM dropped, CRLF and CR turned into LF so lines count the same everywhere. */
    private static Optional<String> decode(String file, byte[] bytes, List<Warning> warnings) {
        if (bytes.length == 0) {
            warnings.add(Warning.of(file, "empty file; skipped"));
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf('\0') >= 0) {
                warnings.add(Warning.of(file, "binary content (NUL bytes); file skipped"));
                return Optional.empty();
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            warnings.add(Warning.at(file, firstBadLine(bytes), "not valid UTF-8; file skipped"));
            return Optional.empty();
        }
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    /** The markdown body: sections by level-2 heading, each read by its section reader. */
    private final class Body {
        private final String file;
        private final List<Warning> warnings;
        private final Set<Integer> redactedLines;
        private final Map<String, List<Node>> sections = new LinkedHashMap<>();
        private final Map<String, String> headings = new LinkedHashMap<>();

        Body(String file, List<Warning> warnings, Set<Integer> redactedLines) {
            this.file = file;
            this.warnings = warnings;
            this.redactedLines = redactedLines;
        }

        /**
         * A text as a reader will see it, rendered from markdown: redacted again (an escaped
         * {@code sk\_live\_} is a key once rendered) and cut to {@code limit} characters.
         */
        String shown(String text, int line, int limit) {
            if (text == null) {
                return null;
            }
            Redactor.Result redacted = redactor.redact(text);
            if (redacted.found() && redactedLines.add(line)) {
                warnings.add(redactedAt(file, line));
            }
            return Limits.cut(redacted.text(), limit);
        }

        private Row shown(Row row) {
            Map<String, String> cells = new HashMap<>();
            row.cells().forEach((column, cell) -> cells.put(column, shown(cell, row.line(), Limits.CELL)));
            return new Row(row.line(), cells);
        }

        Handoff read(FrontMatter front, Node document) {
            split(document);
            return new Handoff(
                    new Handoff.About(front.entity(), front.name(), front.kind(), front.period(),
                            front.accountingSystem(), file),
                    new Handoff.Tables(table(Sections.ASSETS), table(Sections.KPIS), table(Sections.COSTS),
                            table(Sections.REVENUE), table(Sections.TARGETS), table(Sections.CHANNELS), economics(),
                            table(Sections.HIRES), findings(), table(Sections.ACTIONS), narrative()));
        }

        private void split(Node document) {
            String current = "";
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof YamlFrontMatterBlock) {
                    continue;
                }
                if (node instanceof Heading heading && heading.getLevel() == 2) {
                    String title = shown(MarkdownText.of(heading), TableReader.lineOf(heading), Limits.LABEL);
                    current = title.toLowerCase(Locale.ROOT);
                    headings.putIfAbsent(current, title);
                    sections.computeIfAbsent(current, k -> new ArrayList<>());
                    continue;
                }
                if (current.isEmpty() && node instanceof Heading heading && heading.getLevel() == 1) {
                    continue;
                }
                sections.computeIfAbsent(current, k -> new ArrayList<>()).add(node);
            }
        }

        private List<Node> take(String section) {
            List<Node> nodes = sections.remove(section.toLowerCase(Locale.ROOT));
            return nodes == null ? List.of() : nodes;
        }

        private <T> List<T> table(TableSection<T> section) {
            List<T> items = new ArrayList<>();
            for (Table table : tables(section.name())) {
                Optional<String> missing = table.firstMissing(section.requiredColumns());
                if (missing.isPresent()) {
                    warn(table.line(), section.name() + " table has no '" + missing.get() + "' column; table left out");
                    continue;
                }
                for (Row source : table.rows()) {
                    Row row = shown(source);
                    if (row.cells().values().stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    try {
                        items.add(section.mapper().map(row));
                    } catch (BadCell bad) {
                        warn(row.line(), section.name() + ": " + bad.getMessage() + "; row left out");
                    }
                }
            }
            return items;
        }

        private List<Table> tables(String section) {
            List<Table> tables = new ArrayList<>();
            for (Node node : take(section)) {
                if (node instanceof TableBlock block) {
                    tables.add(TableReader.read(block));
                } else {
                    warn(TableReader.lineOf(node), section + ": only a table is read here; other content ignored");
                }
            }
            return tables;
        }

        private Economics economics() {
            Map<String, EconomicsRow> rows = new LinkedHashMap<>();
            for (EconomicsRow row : table(Sections.ECONOMICS)) {
                if (rows.putIfAbsent(row.key(), row) != null) {
                    warn(row.line(), "Economics: key given twice; the first is used, this row left out");
                }
            }
            String unit = rows.containsKey("unit") ? Cells.optional(rows.remove("unit").value()) : null;
            BigDecimal margin = economicsNumber(rows, "unit_margin");
            BigDecimal dealMin = economicsNumber(rows, "deal_value_min");
            BigDecimal dealMax = economicsNumber(rows, "deal_value_max");
            if (dealMin != null && dealMax == null) {
                dealMax = dealMin;
            }
            rows.values().forEach(r -> warn(r.line(), "Economics: unknown key; row ignored"));
            return new Economics(unit, margin, dealMin, dealMax);
        }

        private BigDecimal economicsNumber(Map<String, EconomicsRow> rows, String key) {
            EconomicsRow row = rows.remove(key);
            if (row == null) {
                return null;
            }
            try {
                return Cells.number(key, row.value());
            } catch (BadCell bad) {
                warn(row.line(), "Economics: " + bad.getMessage() + "; row left out");
                return null;
            }
        }

        private List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            for (Node node : take("findings")) {
                if (!(node instanceof BulletList) && !(node instanceof OrderedList)) {
                    warn(TableReader.lineOf(node), "Findings: not a '- [severity][area] text' bullet; ignored");
                    continue;
                }
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    finding((ListItem) item).ifPresent(findings::add);
                }
            }
            return findings;
        }

        private Optional<Finding> finding(ListItem item) {
            int line = TableReader.lineOf(item);
            Matcher m = FINDING.matcher(shown(MarkdownText.of(item), line, Integer.MAX_VALUE));
            if (!m.matches()) {
                warn(line, "Findings: bullet is not '- [severity][area] text'; left out");
                return Optional.empty();
            }
            Optional<Severity> severity = Severity.parse(m.group(1));
            Optional<Area> area = Area.parse(m.group(2));
            if (severity.isEmpty()) {
                warn(line, "Findings: unknown severity; bullet left out");
                return Optional.empty();
            }
            if (area.isEmpty()) {
                warn(line, "Findings: unknown area; bullet left out");
                return Optional.empty();
            }
            return Optional.of(new Finding(severity.get(), area.get(), Limits.cut(m.group(3).strip(), Limits.ITEM)));
        }

        /** Whatever is left is free narrative, kept for the reports that show narrative. */
        private List<Narrative> narrative() {
            List<Narrative> narrative = new ArrayList<>();
            sections.forEach((key, nodes) -> {
                StringBuilder text = new StringBuilder();
                for (Node node : nodes) {
                    if (text.length() > Limits.NARRATIVE) {
                        break;
                    }
                    String part = shown(plainText.render(node).strip(), TableReader.lineOf(node), Integer.MAX_VALUE);
                    if (!part.isEmpty()) {
                        text.append(text.isEmpty() ? "" : "\n\n").append(part);
                    }
                }
                if (!text.isEmpty()) {
                    narrative.add(new Narrative(key.isEmpty() ? "Overview" : headings.get(key),
                            Limits.cut(text.toString(), Limits.NARRATIVE)));
                }
            });
            return narrative;
        }

        private void warn(int line, String message) {
            warnings.add(Warning.at(file, line, message));
        }
    }
}
