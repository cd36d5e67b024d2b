package com.execreports.domain;

import java.util.Optional;

/** Where an action stands (SPEC §8.1): blank is {@code open}. */
public enum ActionStatus {
    OPEN, DONE, DROPPED;

    public static Optional<ActionStatus> parse(String cell) {
        return Vocabulary.match(ActionStatus.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
