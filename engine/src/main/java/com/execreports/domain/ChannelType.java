package com.execreports.domain;

import java.util.Optional;

public enum ChannelType {
    EMAIL, SMS, OTA, SOCIAL, SEO, PAID, REFERRAL;

    public static Optional<ChannelType> parse(String cell) {
        return Vocabulary.match(ChannelType.class, cell);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
