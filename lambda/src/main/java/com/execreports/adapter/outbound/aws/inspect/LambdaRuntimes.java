package com.execreports.adapter.outbound.aws.inspect;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When Lambda deprecates each runtime: from then on it gets no security patches and AWS support
 * stops (docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Dates still to come are
 * AWS's announced ones; whether a runtime counts as deprecated depends on the report's month,
 * not on the day the code runs. A runtime not listed (a newer one) is not deprecated.
 */
final class LambdaRuntimes {
    private LambdaRuntimes() {}

    private static final Map<String, LocalDate> DEPRECATED = Map.ofEntries(
            Map.entry("nodejs", LocalDate.of(2016, 10, 31)),
            Map.entry("nodejs4.3", LocalDate.of(2020, 3, 5)),
            Map.entry("nodejs4.3-edge", LocalDate.of(2020, 3, 5)),
            Map.entry("nodejs6.10", LocalDate.of(2019, 8, 12)),
            Map.entry("nodejs8.10", LocalDate.of(2020, 3, 6)),
            Map.entry("nodejs10.x", LocalDate.of(2021, 7, 30)),
            Map.entry("nodejs12.x", LocalDate.of(2023, 3, 31)),
            Map.entry("nodejs14.x", LocalDate.of(2023, 12, 4)),
            Map.entry("nodejs16.x", LocalDate.of(2024, 6, 12)),
            Map.entry("nodejs18.x", LocalDate.of(2025, 9, 1)),
            Map.entry("nodejs20.x", LocalDate.of(2026, 4, 30)),
            Map.entry("nodejs22.x", LocalDate.of(2027, 4, 30)),
            Map.entry("python2.7", LocalDate.of(2021, 7, 15)),
            Map.entry("python3.6", LocalDate.of(2022, 7, 18)),
            Map.entry("python3.7", LocalDate.of(2023, 12, 4)),
            Map.entry("python3.8", LocalDate.of(2024, 10, 14)),
            Map.entry("python3.9", LocalDate.of(2025, 12, 15)),
            Map.entry("python3.10", LocalDate.of(2026, 6, 30)),
            Map.entry("python3.11", LocalDate.of(2026, 6, 30)),
            Map.entry("python3.12", LocalDate.of(2028, 10, 31)),
            Map.entry("java8", LocalDate.of(2024, 1, 8)),
            Map.entry("java8.al2", LocalDate.of(2026, 6, 30)),
            Map.entry("java11", LocalDate.of(2026, 6, 30)),
            Map.entry("java17", LocalDate.of(2026, 6, 30)),
            Map.entry("dotnetcore1.0", LocalDate.of(2019, 7, 27)),
            Map.entry("dotnetcore2.0", LocalDate.of(2019, 5, 30)),
            Map.entry("dotnetcore2.1", LocalDate.of(2022, 1, 5)),
            Map.entry("dotnetcore3.1", LocalDate.of(2023, 4, 3)),
            Map.entry("dotnet5.0", LocalDate.of(2022, 5, 10)),
            Map.entry("dotnet6", LocalDate.of(2024, 11, 12)),
            Map.entry("dotnet7", LocalDate.of(2024, 5, 14)),
            Map.entry("dotnet8", LocalDate.of(2026, 11, 10)),
            Map.entry("ruby2.5", LocalDate.of(2021, 7, 30)),
            Map.entry("ruby2.7", LocalDate.of(2023, 11, 27)),
            Map.entry("ruby3.2", LocalDate.of(2026, 3, 31)),
            Map.entry("ruby3.3", LocalDate.of(2027, 3, 31)),
            Map.entry("go1.x", LocalDate.of(2024, 1, 8)),
            Map.entry("provided", LocalDate.of(2024, 1, 8)),
            Map.entry("provided.al2", LocalDate.of(2026, 6, 30)));

    /** The day {@code runtime} was deprecated, when that is on or before {@code asOf}. */
    static Optional<LocalDate> deprecatedBy(String runtime, LocalDate asOf) {
        return Optional.ofNullable(runtime == null ? null : DEPRECATED.get(runtime)).filter(d -> !d.isAfter(asOf));
    }
}
