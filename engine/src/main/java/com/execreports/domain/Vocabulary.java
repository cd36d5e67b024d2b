package com.execreports.domain;

import java.util.Locale;
import java.util.Optional;

/** Matches a handoff cell against an enum's lower-case names, the way SPEC §1 writes them. */
final class Vocabulary {
    private Vocabulary() {}

    static <E extends Enum<E>> Optional<E> match(Class<E> type, String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String wanted = cell.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
