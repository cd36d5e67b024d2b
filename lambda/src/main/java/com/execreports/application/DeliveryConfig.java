package com.execreports.application;

import com.execreports.domain.ReportDefinition;
import com.execreports.engine.ConfigurationException;
import com.execreports.engine.mail.Addresses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration keys of SPEC §4, validated and typed at the edge, before anything is built or
 * sent. Only the selected reports need recipients.
 *
 * @param sesRegion {@code null} means the function's own region
 * @param auditBcc {@code null} when no audit copy is configured
 */
public record DeliveryConfig(String sender, String sesRegion, String auditBcc, Map<String, Recipients> recipients) {
    public static final String SENDER = "SES_SENDER_ADDRESS";
    public static final String REGION = "SES_REGION";
    public static final String AUDIT_BCC = "AUDIT_BCC_ADDRESS";

    public record Recipients(List<String> to, List<String> cc) {
        public Recipients {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }
    }

    public DeliveryConfig {
        recipients = Map.copyOf(recipients);
    }

    /** Every problem is reported together, each prefixed with where the keys came from. */
    public static DeliveryConfig from(Map<String, String> keys, String source, List<ReportDefinition> selected) {
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
        Map<String, Recipients> recipients = new LinkedHashMap<>();
        for (ReportDefinition report : selected) {
            collect(problems, source, () -> recipients.put(report.id(), recipients(keys, report)));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
        String region = keys.get(REGION);
        return new DeliveryConfig(sender[0], region == null || region.isBlank() ? null : region.strip(), bcc[0],
                recipients);
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
}
