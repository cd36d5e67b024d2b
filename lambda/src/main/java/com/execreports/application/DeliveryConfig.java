package com.execreports.application;

import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ConfigurationException;
import com.execreports.engine.mail.Addresses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The configuration keys of SPEC §4, validated and typed at the edge, before anything is built or
 * sent. Only the selected reports need recipients. A report with more envelope recipients than
 * SES takes in one message is refused here, not split into batches: one report is one message
 * and one ledger entry, so "sent" always means everyone got it.
 *
 * @param sesRegion {@code null} means the function's own region
 * @param auditBcc {@code null} when no audit copy is configured
 */
public record DeliveryConfig(String sender, @Nullable String sesRegion, @Nullable String auditBcc,
                             Map<String, Recipients> recipients) {
    private static final String SENDER = RunKeys.SENDER;
    private static final String REGION = RunKeys.SES_REGION;
    private static final String AUDIT_BCC = RunKeys.AUDIT_BCC;
    /** SES's limit on the destinations of one message: To, Cc and Bcc together. */
    public static final int MAX_RECIPIENTS_PER_MESSAGE = 50;
    /** What an AWS region name looks like, e.g. us-east-1 or ap-southeast-2. */
    public static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    public record Recipients(List<String> to, List<String> cc) {
        public Recipients {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }

        /** The distinct envelope recipients of one message: these, and the audit copy if any. */
        int envelopeSize(List<String> bcc) {
            return (int) Stream.of(to, cc, bcc).flatMap(List::stream).distinct().count();
        }
    }

    public DeliveryConfig {
        recipients = Map.copyOf(recipients);
    }

    /** See {@link #from(RunKeys, List)}. */
    public static DeliveryConfig from(Map<String, String> keys, String source, List<ReportDefinition> selected) {
        return from(new RunKeys(source, keys), selected);
    }

    /** Every problem is reported together, each prefixed with where the keys came from. */
    public static DeliveryConfig from(RunKeys read, List<ReportDefinition> selected) {
        Map<String, String> keys = read.values();
        String source = read.source();
        List<String> problems = new ArrayList<>();
        keys.forEach((k, v) -> collect(problems, source, () -> Addresses.rejectLineBreaks(k, v)));
        String[] sender = new String[1];
        collect(problems, source, () -> {
            if (!keys.containsKey(SENDER)) {
                throw new ConfigurationException(SENDER + ": required (the verified SES sender address)");
            }
            sender[0] = Addresses.one(SENDER, keys.get(SENDER));
        });
        String[] bcc = new String[1];
        if (keys.containsKey(AUDIT_BCC) && !keys.get(AUDIT_BCC).isBlank()) {
            collect(problems, source, () -> bcc[0] = Addresses.one(AUDIT_BCC, keys.get(AUDIT_BCC)));
        }
        List<String> bccList = bcc[0] == null ? List.of() : List.of(bcc[0]);
        Map<String, Recipients> recipients = new LinkedHashMap<>();
        for (ReportDefinition report : selected) {
            collect(problems, source, () -> recipients.put(report.id(), withinLimit(report,
                    recipients(keys, report), bccList)));
        }
        String region = read.sesRegion().orElse(null);
        if (region != null && !REGION_NAME.matcher(region).matches()) {
            // the value is not repeated: on AWS it may come from a SecureString
            problems.add(source + ": " + REGION + ": not an AWS region name (such as us-east-1)");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
        return new DeliveryConfig(sender[0], region, bcc[0], recipients);
    }

    private static Recipients withinLimit(ReportDefinition report, Recipients recipients, List<String> bcc) {
        int size = recipients.envelopeSize(bcc);
        if (size > MAX_RECIPIENTS_PER_MESSAGE) {
            String keys = report.keyPrefix() + "_TO" + (recipients.cc().isEmpty() ? "" : " and " + report.keyPrefix() + "_CC");
            throw new ConfigurationException(keys + ": report '" + report.id() + "' has " + size
                    + " recipients (To, Cc and the audit Bcc) but SES takes at most " + MAX_RECIPIENTS_PER_MESSAGE
                    + " per message; shorten the list or send to a mailing-list address");
        }
        return recipients;
    }

    private static Recipients recipients(Map<String, String> keys, ReportDefinition report) {
        String toKey = report.keyPrefix() + "_TO";
        String ccKey = report.keyPrefix() + "_CC";
        if (!keys.containsKey(toKey) || keys.get(toKey).isBlank()) {
            throw new ConfigurationException(toKey + ": report '" + report.id() + "' has no recipients");
        }
        List<String> cc = keys.containsKey(ccKey) && !keys.get(ccKey).isBlank()
                ? Addresses.list(ccKey, keys.get(ccKey)) : List.of();
        return new Recipients(Addresses.list(toKey, keys.get(toKey)), cc);
    }

    private static void collect(List<String> problems, String source, Runnable check) {
        try {
            check.run();
        } catch (ConfigurationException e) {
            problems.add(source + ": " + e.getMessage());
        }
    }

    public Recipients recipientsOf(String reportId) {
        return recipients.get(reportId);
    }

    public List<String> bccList() {
        return auditBcc == null ? List.of() : List.of(auditBcc);
    }

    /** Every envelope recipient of every selected report, added up: what SES counts against its quota. */
    public int totalRecipients() {
        return recipients.values().stream().mapToInt(r -> r.envelopeSize(bccList())).sum();
    }
}
