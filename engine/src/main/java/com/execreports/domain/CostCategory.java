package com.execreports.domain;

import java.util.Optional;

/** Cost categories; a blank cell or "uncategorized" is legal and means {@link #UNCATEGORIZED}. */
public enum CostCategory {
    INFRASTRUCTURE, SOFTWARE, MARKETING, PAYROLL, INSURANCE, OTHER, UNCATEGORIZED;

    public static Optional<CostCategory> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(UNCATEGORIZED);
        }
        return Vocabulary.match(CostCategory.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
