package com.execreports.engine.report;

import com.execreports.domain.EntityKind;
import java.util.List;

/** A starting chart of accounts for each kind of business (SPEC §1 {@code kind}). */
final class ChartOfAccounts {
    private ChartOfAccounts() {}

    private static final List<String> COMMON_TAIL = List.of(
            "6100 Software and subscriptions", "6200 Infrastructure and hosting", "6300 Marketing and advertising",
            "6400 Payroll and contractors", "6500 Insurance", "6900 Other expenses");

    static List<String> forKind(EntityKind kind) {
        List<String> head = switch (kind) {
            case CHARTER -> List.of("1000 Operating cash", "1200 Vessel and equipment", "2100 Customer deposits",
                    "4000 Charter revenue", "4100 Booking-platform revenue (net of OTA fees)",
                    "5000 Fuel and provisioning", "5100 Crew and captain fees", "5200 Moorage and maintenance");
            case HAULING -> List.of("1000 Operating cash", "1200 Trucks and equipment", "4000 Hauling revenue",
                    "4100 Recycling rebates", "5000 Dump and disposal fees", "5100 Fuel", "5200 Vehicle maintenance");
            case SERVICES -> List.of("1000 Operating cash", "1100 Accounts receivable", "2100 Deferred revenue",
                    "4000 Project revenue", "4100 Retainer revenue", "5000 Subcontractors");
            case RENTAL -> List.of("1000 Operating cash", "1500 Property", "2100 Security deposits held",
                    "2200 Mortgage", "4000 Rental income", "5000 Repairs and maintenance", "5100 Property tax",
                    "5200 Utilities", "5300 Property management fees");
            case OTHER -> List.of("1000 Operating cash", "1100 Accounts receivable", "4000 Sales revenue",
                    "5000 Cost of goods sold");
        };
        return java.util.stream.Stream.concat(head.stream(), COMMON_TAIL.stream()).toList();
    }
}
