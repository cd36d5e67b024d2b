package com.execreports.domain;

import java.util.Optional;

/** The areas that Findings and Actions belong to; a persona sees only some of them. */
public enum Area {
    SECURITY, ENGINEERING, INFRASTRUCTURE, UX, REVENUE, MARKETING, FINANCE, ACCOUNTING, OPERATIONS;

    public static Optional<Area> parse(String cell) {
        return Vocabulary.match(Area.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
