package com.execreports.domain;

import java.util.Optional;

/** The CFO's capital-deployment tiers (SPEC §8.1), in the order money goes to them. */
public enum Tier {
    EXPERIMENT, AUTOMATION, REVENUE;

    public static Optional<Tier> parse(String cell) {
        return Vocabulary.match(Tier.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
