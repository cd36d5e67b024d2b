package com.execreports.engine.report;

import com.execreports.domain.Persona;
import com.execreports.engine.ScopedView;
import java.util.Map;
import java.util.Optional;

/** Builds one persona's report from a view that already holds only that report's scope. */
public interface ReportBuilder {
    Report build(Context context);

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

    /**
     * Builds the report for the view's own persona, with last month's figures: the same builder
     * run over the previous handoffs first, so a previous value is computed exactly as the current one.
     */
    static Report buildFor(ScopedView view) {
        ReportBuilder builder = forPersona(view.report().persona());
        Optional<ScopedView> before = Previous.view(view);
        Map<String, Object> previous = before.map(b -> Previous.numbers(builder.build(Context.first(b)).figures()))
                .orElse(Map.of());
        return builder.build(new Context(view, before.map(ScopedView::period).orElse(null), previous));
    }
}
