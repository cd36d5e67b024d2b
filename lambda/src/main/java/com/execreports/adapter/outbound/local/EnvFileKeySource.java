package com.execreports.adapter.outbound.local;

import com.execreports.application.port.KeySource;
import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys from an env file (SPEC §4): {@code KEY=value} lines, {@code #} comments and blank lines
 * ignored, an optional {@code export } prefix and matching quotes around the value allowed.
 * A malformed line stops the run with its line number; its content is never echoed.
 */
public final class EnvFileKeySource implements KeySource {
    private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");
    private final Path file;
    private final String label;

    public EnvFileKeySource(Path file, String label) {
        this.file = file;
        this.label = label;
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public Map<String, String> load() throws IOException {
        if (Files.isDirectory(file)) {
            throw new ConfigurationException(label + ": is a folder, not an env file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(label + ": env file not found");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigurationException(label + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigurationException(label + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ConfigurationException(label + " line " + (i + 1) + ": expected KEY=value");
            }
            // a second REPORT_CEO_TO= would silently win: which one was meant is never guessed
            Integer earlier = firstLine.putIfAbsent(m.group(1).toUpperCase(java.util.Locale.ROOT), i + 1);
            if (earlier != null) {
                throw new ConfigurationException(label + " line " + (i + 1) + ": " + m.group(1)
                        + " is already set on line " + earlier + " (keys differing only by case count as the same);"
                        + " keep one");
            }
            keys.put(m.group(1), unquote(m.group(2).strip()));
        }
        return keys;
    }

    private static String unquote(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            int close = value.indexOf(value.charAt(0), 1);
            if (close > 0 && (close == value.length() - 1 || value.substring(close + 1).strip().startsWith("#"))) {
                return value.substring(1, close);
            }
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
