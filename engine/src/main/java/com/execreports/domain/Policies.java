package com.execreports.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The CFO's rules (SPEC §2); a partial {@code policies} block is completed with {@link #DEFAULTS}.
 */
public record Policies(BigDecimal maxInfraSpendPerEntity, boolean marketingRequiresAttribution,
                       BigDecimal minRevenuePerHire) {
    public static final String MAX_INFRA = "max_infra_spend_per_entity";
    public static final String MARKETING_ATTRIBUTION = "marketing_requires_attribution";
    public static final String MIN_REVENUE_PER_HIRE = "min_revenue_per_hire";

    public static final Policies DEFAULTS = new Policies(BigDecimal.valueOf(100), true, BigDecimal.valueOf(5000));

    public Policies {
        Objects.requireNonNull(maxInfraSpendPerEntity, MAX_INFRA);
        Objects.requireNonNull(minRevenuePerHire, MIN_REVENUE_PER_HIRE);
    }
}
