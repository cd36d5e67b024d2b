package com.execreports.infra;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Every knob of the stack, read once from CDK context ({@code -c key=value} or {@code cdk.json}) and
 * validated here, so the stack only builds resources and never parses strings.
 *
 * @param bucketName           an existing bucket to use instead of creating one; empty = create one
 * @param handoffPrefix        key prefix the function reads handoffs and {@code reports.yml} from
 * @param archivePrefix        key prefix the function writes each run's reports under
 * @param ledgerPrefix         key prefix of the send ledger (conditional writes against double sends)
 * @param configPrefix         SSM Parameter Store path holding the configuration keys (SPEC section 4)
 * @param senderIdentity       the verified SES identity (domain or address) the sender belongs to
 * @param ownerEmail           address subscribed to the alarm topic; empty = subscribe nobody
 * @param schedule             EventBridge schedule expression of the monthly run
 * @param memorySize           function memory in MB
 * @param timeoutSeconds       function timeout in seconds
 * @param logRetentionDays     retention of the function's log group and of the bucket's access logs
 * @param archiveRetentionDays days an archived report is kept
 * @param jarPath              the shaded Lambda jar, relative to {@code infra/} or absolute
 * @param fanout               whether large runs are handed to worker functions through a queue
 * @param inspectAws           whether the function also inspects the AWS account (read-only): sets
 *                             {@code INSPECT_AWS=true} and grants the inspection's read-only calls
 */
public record ExecReportsConfig(
        Optional<String> bucketName,
        String handoffPrefix,
        String archivePrefix,
        String ledgerPrefix,
        String configPrefix,
        String senderIdentity,
        Optional<String> ownerEmail,
        String schedule,
        int memorySize,
        int timeoutSeconds,
        int logRetentionDays,
        int archiveRetentionDays,
        String jarPath,
        Fanout fanout, boolean inspectAws) {

    /**
     * Fan-out for large portfolios (docs/deploy.md): when {@code enabled}, the stack deploys a report
     * queue and a worker function, and a run of more than {@code threshold} selected reports is
     * dispatched to them, one job per report.
     */
    public record Fanout(boolean enabled, int threshold) {
        public static final Fanout OFF = new Fanout(false, 200);

        public Fanout {
            require(threshold >= 0, "fanoutThreshold must be 0 or more");
        }
    }

    /** The retention periods CloudWatch Logs accepts, in days, with their CDK names. */
    private static final Map<Integer, RetentionDays> LOG_RETENTION = Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(120, RetentionDays.FOUR_MONTHS), Map.entry(150, RetentionDays.FIVE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR),
            Map.entry(400, RetentionDays.THIRTEEN_MONTHS), Map.entry(545, RetentionDays.EIGHTEEN_MONTHS),
            Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1096, RetentionDays.THREE_YEARS),
            Map.entry(1827, RetentionDays.FIVE_YEARS), Map.entry(2192, RetentionDays.SIX_YEARS),
            Map.entry(2557, RetentionDays.SEVEN_YEARS), Map.entry(2922, RetentionDays.EIGHT_YEARS),
            Map.entry(3288, RetentionDays.NINE_YEARS), Map.entry(3653, RetentionDays.TEN_YEARS));

    /** Overwritten or deleted objects are kept this long as noncurrent versions, then expire. */
    public static final int NONCURRENT_VERSION_DAYS = 30;

    /** Placeholder identity: synthesizes, but a deployed function cannot send from it. */
    public static final String PLACEHOLDER_SENDER_IDENTITY = "example.com";

    private static final Pattern S3_PREFIX = Pattern.compile("[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*/");
    private static final Pattern SSM_PATH = Pattern.compile("(/[A-Za-z0-9_.-]+)+/");
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern SES_IDENTITY =
            Pattern.compile("([^@\\s*,]+@)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern SCHEDULE = Pattern.compile("(cron|rate)\\(.+\\)");

    public ExecReportsConfig {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        bucketName.ifPresent(name -> require(BUCKET_NAME.matcher(name).matches(),
                "bucketName '" + name + "' is not a valid S3 bucket name"));
        for (String prefix : List.of(handoffPrefix, archivePrefix, ledgerPrefix)) {
            require(prefix != null && S3_PREFIX.matcher(prefix).matches(),
                    "S3 prefix '" + prefix + "' must be non-empty, end with '/' and not start with '/'");
        }
        requireDisjoint(handoffPrefix, archivePrefix);
        requireDisjoint(handoffPrefix, ledgerPrefix);
        requireDisjoint(archivePrefix, ledgerPrefix);
        require(configPrefix != null && SSM_PATH.matcher(configPrefix).matches(),
                "configPrefix '" + configPrefix + "' must start and end with '/', e.g. /exec-reports/");
        require(senderIdentity != null && SES_IDENTITY.matcher(senderIdentity).matches(),
                "senderIdentity '" + senderIdentity + "' must be one SES identity: a domain or an email address");
        ownerEmail.ifPresent(email -> require(EMAIL.matcher(email).matches(),
                "ownerEmail '" + email + "' is not an email address"));
        require(schedule != null && SCHEDULE.matcher(schedule).matches(),
                "schedule '" + schedule + "' must be a cron(...) or rate(...) expression");
        require(memorySize >= 128 && memorySize <= 10240, "memorySize must be 128..10240 MB");
        require(timeoutSeconds >= 1 && timeoutSeconds <= 900, "timeoutSeconds must be 1..900");
        require(LOG_RETENTION.containsKey(logRetentionDays),
                "logRetentionDays must be one of " + new TreeSet<>(LOG_RETENTION.keySet()));
        require(archiveRetentionDays > NONCURRENT_VERSION_DAYS,
                "archiveRetentionDays must be more than " + NONCURRENT_VERSION_DAYS);
        require(jarPath != null && !jarPath.isBlank(), "jarPath must be set");
        Objects.requireNonNull(fanout, "fanout");
    }

    /**
     * Reads the configuration from a context lookup such as {@code app.getNode()::tryGetContext}.
     * Values given with {@code -c} arrive as strings, values from {@code cdk.json} may be numbers.
     */
    public static ExecReportsConfig fromContext(Function<String, Object> context) {
        ContextReader read = new ContextReader(context);
        return new ExecReportsConfig(
                read.optional("bucketName"),
                read.string("handoffPrefix", "handoffs/"),
                read.string("archivePrefix", "archive/"),
                read.string("ledgerPrefix", "ledger/"),
                read.string("configPrefix", "/exec-reports/"),
                read.string("senderIdentity", PLACEHOLDER_SENDER_IDENTITY),
                read.optional("ownerEmail"),
                read.string("schedule", "cron(0 13 1 * ? *)"),
                read.integer("memorySize", ExecReportsStack.MEMORY_MB),
                read.integer("timeoutSeconds", 300),
                read.integer("logRetentionDays", 90),
                read.integer("archiveRetentionDays", 730),
                read.string("jarPath", "../lambda/target/exec-reports.jar"),
                new Fanout(read.bool("fanout", Fanout.OFF.enabled()),
                        read.integer("fanoutThreshold", Fanout.OFF.threshold())),
                read.bool("inspectAws", false));
    }

    /** {@link #logRetentionDays} as the CDK names it. */
    public RetentionDays logRetention() {
        return LOG_RETENTION.get(logRetentionDays);
    }

    /** The configuration path without its trailing slash, as Parameter Store names it. */
    public String configPath() {
        return configPrefix.substring(0, configPrefix.length() - 1);
    }

    private static void requireDisjoint(String a, String b) {
        require(!a.startsWith(b) && !b.startsWith(a),
                "prefixes '" + a + "' and '" + b + "' overlap; handoff, archive and ledger prefixes must be disjoint");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid context value: " + message);
        }
    }

    private record ContextReader(Function<String, Object> context) {

        Optional<String> optional(String key) {
            return Optional.ofNullable(context.apply(key)).map(Object::toString).map(String::strip)
                    .filter(value -> !value.isEmpty());
        }

        String string(String key, String fallback) {
            return optional(key).orElse(fallback);
        }

        /** {@code -c inspectAws=true} arrives as a string, {@code "inspectAws": true} in cdk.json as a boolean. */
        boolean bool(String key, boolean fallback) {
            Optional<String> value = optional(key);
            if (value.isEmpty()) {
                return fallback;
            }
            return switch (value.get().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(
                        "Invalid context value: " + key + " '" + value.get() + "' is neither true nor false");
            };
        }

        int integer(String key, int fallback) {
            Optional<String> value = optional(key);
            try {
                // cdk.json numbers come through jsii as doubles: 1024 arrives as "1024.0"
                return value.map(v -> v.endsWith(".0") ? v.substring(0, v.length() - 2) : v)
                        .map(Integer::parseInt).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "Invalid context value: " + key + " '" + value.orElse("") + "' is not a whole number", e);
            }
        }
    }
}
