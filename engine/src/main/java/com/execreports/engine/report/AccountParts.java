package com.execreports.engine.report;

import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.AccountObservations.Resource;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Figures.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The parts of the CTO and CFO reports that come from inspecting the AWS account. Built only when
 * the account was inspected, so a run without inspection reads exactly as before.
 */
final class AccountParts {
    private AccountParts() {}

    /** The month's AWS bill over the view's entities and, where the view has it, the unassigned group. */
    static BigDecimal observedSpend(ScopedView view) {
        return Figures.observedInfraSpend(view.entitiesAndUnassigned().stream().map(EntityView::account)
                .filter(Objects::nonNull).toList());
    }

    static String money(BigDecimal amountOrNull) {
        return amountOrNull == null ? "not known" : Format.money(amountOrNull);
    }

    /** The handoffs' infrastructure estimate beside what Cost Explorer billed, per entity. */
    static Section spendComparison(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").number("Handoff estimate / month")
                .number("AWS bill");
        for (EntityView e : view.entitiesAndUnassigned()) {
            Range estimate = Figures.infrastructureSpend(List.of(e.handoff()));
            Observed account = e.account();
            // the unassigned group has no handoff, so no estimate
            boolean unassigned = view.unassigned().filter(u -> u == e).isPresent();
            table.row(e.name(), unassigned ? "—" : Format.moneyRange(estimate.min(), estimate.max()),
                    money(account == null ? null : account.infraSpend()));
        }
        Range total = Figures.infrastructureSpend(view.handoffsAndUnassigned());
        table.row("Total", Format.moneyRange(total.min(), total.max()), money(observedSpend(view)));
        return Section.of("Infrastructure: estimate and AWS bill",
                Common.paragraph("The AWS bill is what Cost Explorer shows for " + Format.month(view.period())
                        + ", by the resources' entity tag; for a month just ended it is an estimate until AWS "
                        + "closes the bill. \"Not known\" means the cost could not be read (see the warnings)."),
                table.build(""));
    }

    /** What the account holds, per entity: functions, tables, SES identities, web ACLs and APIs. */
    static Section inventory(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Resource and state");
        for (EntityView e : view.entitiesAndUnassigned()) {
            if (e.account() == null) {
                continue;
            }
            for (Resource r : e.account().resources()) {
                table.row(e.name(), r.kind() + " " + r.name() + ": " + r.state());
            }
        }
        return Section.of("Live AWS inspection",
                Common.paragraph("Read from the AWS account at run time; resources are assigned to an entity by "
                        + "their entity tag, and untagged ones are listed as unassigned."),
                table.build("No resources were found in the AWS account."));
    }
}
