package com.execreports.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Who a report is for, and so which areas of Findings and Actions it may show (SPEC §3). */
public enum Persona {
    CEO("CEO", EnumSet.allOf(Area.class)),
    CTO("CTO", EnumSet.of(Area.SECURITY, Area.ENGINEERING, Area.INFRASTRUCTURE, Area.UX)),
    ACCOUNTING("Accounting", EnumSet.of(Area.ACCOUNTING, Area.FINANCE, Area.REVENUE)),
    CMO("CMO", EnumSet.of(Area.MARKETING, Area.REVENUE)),
    CFO("CFO", EnumSet.of(Area.FINANCE, Area.REVENUE, Area.ACCOUNTING)),
    STAKEHOLDER("Stakeholder", EnumSet.allOf(Area.class));

    private final String displayName;
    private final Set<Area> areas;

    Persona(String displayName, Set<Area> areas) {
        this.displayName = displayName;
        this.areas = areas;
    }

    public static Optional<Persona> parse(String value) {
        return Vocabulary.match(Persona.class, value);
    }

    public String displayName() {
        return displayName;
    }

    /** The areas this persona may see; an unmodifiable copy. */
    public Set<Area> areas() {
        return Set.copyOf(areas);
    }

    public String label() {
        return Vocabulary.label(this);
    }
}
