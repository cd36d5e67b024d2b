package com.execreports.engine.report;

import com.execreports.domain.EntityKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete starting chart of accounts for each kind of business (SPEC §1 {@code kind}, §8.5):
 * assets, liabilities (customer deposits and loans included), equity (owner's draws included),
 * revenue, cost of sales and expenses.
 */
final class ChartOfAccounts {
    private ChartOfAccounts() {}

    private static final List<String> EXPENSES = List.of("6100 Software and subscriptions",
            "6200 Infrastructure and hosting", "6300 Marketing and advertising", "6400 Payroll and contractors",
            "6500 Insurance", "6600 Rent and moorage", "6700 Professional fees (bookkeeping, legal)",
            "6800 Bank and payment fees", "6900 Other expenses (kept under 25% of spend)");
    private static final List<String> EQUITY = List.of("3000 Owner's contributions", "3100 Owner's draws",
            "3900 Retained earnings");

    /** Group name ("Assets", "Liabilities", ...) to its accounts, in statement order. */
    static Map<String, List<String>> forKind(EntityKind kind) {
        Map<String, List<String>> chart = new LinkedHashMap<>();
        chart.put("Assets", assets(kind));
        chart.put("Liabilities", liabilities(kind));
        chart.put("Equity", EQUITY);
        chart.put("Revenue", revenue(kind));
        chart.put("Cost of sales", costOfSales(kind));
        chart.put("Expenses", EXPENSES);
        return chart;
    }

    private static List<String> assets(EntityKind kind) {
        return switch (kind) {
            case CHARTER -> List.of("1000 Operating cash", "1010 Stripe clearing", "1200 Vessel and equipment",
                    "1290 Accumulated depreciation");
            case HAULING -> List.of("1000 Operating cash", "1010 Cash and Venmo clearing", "1100 Accounts receivable",
                    "1200 Trucks and equipment", "1290 Accumulated depreciation");
            case SERVICES -> List.of("1000 Operating cash", "1100 Accounts receivable", "1200 Equipment");
            case RENTAL -> List.of("1000 Operating cash", "1050 Security deposit account", "1500 Property",
                    "1590 Accumulated depreciation");
            case OTHER -> List.of("1000 Operating cash", "1100 Accounts receivable", "1200 Equipment");
        };
    }

    private static List<String> liabilities(EntityKind kind) {
        return switch (kind) {
            case CHARTER -> List.of("2000 Accounts payable", "2100 Customer deposits (charters not yet sailed)",
                    "2200 Credit cards", "2500 Vessel loan");
            case HAULING -> List.of("2000 Accounts payable", "2100 Customer deposits", "2200 Credit cards",
                    "2500 Truck loan");
            case SERVICES -> List.of("2000 Accounts payable", "2100 Deferred revenue (retainers paid ahead)",
                    "2200 Credit cards", "2500 Loans");
            case RENTAL -> List.of("2000 Accounts payable", "2100 Tenant security deposits held", "2500 Mortgage");
            case OTHER -> List.of("2000 Accounts payable", "2100 Customer deposits", "2200 Credit cards", "2500 Loans");
        };
    }

    private static List<String> revenue(EntityKind kind) {
        return switch (kind) {
            case CHARTER -> List.of("4000 Charter revenue", "4100 Booking-platform revenue (net of OTA fees)");
            case HAULING -> List.of("4000 Hauling revenue", "4100 Recycling rebates");
            case SERVICES -> List.of("4000 Project revenue", "4100 Retainer revenue");
            case RENTAL -> List.of("4000 Rental income", "4100 Late fees");
            case OTHER -> List.of("4000 Sales revenue");
        };
    }

    private static List<String> costOfSales(EntityKind kind) {
        return switch (kind) {
            case CHARTER -> List.of("5000 Fuel and provisioning", "5100 Crew and captain fees", "5200 Maintenance");
            case HAULING -> List.of("5000 Dump and disposal fees", "5100 Fuel", "5200 Vehicle maintenance",
                    "5300 Helpers");
            case SERVICES -> List.of("5000 Subcontractors");
            case RENTAL -> List.of("5000 Repairs and maintenance", "5100 Property tax", "5200 Utilities",
                    "5300 Property management fees", "5400 Mortgage interest");
            case OTHER -> List.of("5000 Cost of goods sold");
        };
    }
}
