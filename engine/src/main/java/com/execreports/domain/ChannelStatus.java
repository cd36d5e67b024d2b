package com.execreports.domain;

import java.util.Optional;

/** Channel status, most advanced first: the channel matrix shows the most advanced one per type. */
public enum ChannelStatus {
    ACTIVE, PLANNED, INACTIVE, NONE;

    public static Optional<ChannelStatus> parse(String cell) {
        return Vocabulary.match(ChannelStatus.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
