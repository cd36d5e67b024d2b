package com.execreports.domain;

import java.util.Optional;

/** Severity of a finding, most severe first so that natural order sorts "most severe first". */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public static Optional<Severity> parse(String cell) {
        return Vocabulary.match(Severity.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
