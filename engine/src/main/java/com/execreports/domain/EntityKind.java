package com.execreports.domain;

import java.util.Optional;

/** The kind of business; chooses the chart-of-accounts template in the accounting report. */
public enum EntityKind {
    CHARTER, HAULING, SERVICES, RENTAL, OTHER;

    public static Optional<EntityKind> parse(String cell) {
        return Vocabulary.match(EntityKind.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
