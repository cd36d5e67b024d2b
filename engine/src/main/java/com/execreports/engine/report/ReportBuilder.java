package com.execreports.engine.report;

import com.execreports.domain.Persona;
import com.execreports.engine.ScopedView;

/** Builds one persona's report from a view that already holds only that report's scope. */
public interface ReportBuilder {
    Report build(ScopedView view);

    static ReportBuilder forPersona(Persona persona) {
        return switch (persona) {
            case CEO -> new CeoReport();
            case CTO -> new CtoReport();
            case ACCOUNTING -> new AccountingReport();
            case CMO -> new CmoReport();
            case CFO -> new CfoReport();
            case STAKEHOLDER -> new StakeholderReport();
        };
    }

    /** Builds the report for the view's own persona. */
    static Report buildFor(ScopedView view) {
        return forPersona(view.report().persona()).build(view);
    }
}
