package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.domain.Area;
import com.execreports.domain.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.IdentityVerificationAttributes;
import software.amazon.awssdk.services.ses.model.VerificationStatus;

/**
 * SES in the region the reports are sent from: every identity and its verification status, and
 * whether the account is still in the sandbox (an account-wide finding, so unassigned).
 */
final class SesAccount {
    /** GetIdentityVerificationAttributes takes at most this many identities per call. */
    static final int BATCH = 100;

    private final SesClient ses;

    SesAccount(SesClient ses) {
        this.ses = ses;
    }

    void inspect(TagIndex tags, Collector out) {
        String region = ses.serviceClientConfiguration().region().id();
        out.read("ses:GetSendQuota", "whether SES is in the sandbox was not checked", ses::getSendQuota)
                .filter(q -> q.max24HourSend() >= 0 && q.max24HourSend() <= SesTransport.SANDBOX_DAILY_QUOTA)
                .ifPresent(q -> out.finding(null, Severity.HIGH, Area.ENGINEERING, String.format(Locale.ROOT,
                        "The SES account in %s is still in the sandbox (24-hour quota %.0f): it delivers only to"
                                + " verified addresses; request production access.", region, q.max24HourSend())));
        out.read("ses:ListIdentities", "no SES identity was inspected",
                () -> ses.listIdentitiesPaginator(r -> { }).identities().stream().toList())
                .ifPresent(identities -> {
                    for (int i = 0; i < identities.size(); i += BATCH) {
                        inspect(identities.subList(i, Math.min(i + BATCH, identities.size())), tags, out);
                    }
                });
    }

    private void inspect(List<String> identities, TagIndex tags, Collector out) {
        Map<String, IdentityVerificationAttributes> attributes = out.read("ses:GetIdentityVerificationAttributes",
                        "the verification of " + identities.size() + " SES identities was not checked",
                        () -> ses.getIdentityVerificationAttributes(r -> r.identities(identities)).verificationAttributes())
                .orElse(null);
        for (String identity : identities) {
            String owner = tags.owner("ses", "identity/" + identity);
            if (attributes == null) {
                out.resource(owner, "SES identity", identity, "not checked", Area.ENGINEERING);
                continue;
            }
            IdentityVerificationAttributes a = attributes.get(identity);
            VerificationStatus status = a == null ? VerificationStatus.NOT_STARTED : a.verificationStatus();
            boolean verified = status == VerificationStatus.SUCCESS;
            String state = verified ? "verified"
                    : "not verified (" + (a == null ? "NotStarted" : a.verificationStatusAsString()) + ")";
            out.resource(owner, "SES identity", identity, state, Area.ENGINEERING);
            if (!verified) {
                out.finding(owner, Severity.MEDIUM, Area.ENGINEERING, "SES identity '" + identity + "' is "
                        + state + ": SES refuses mail from it until it is verified.");
            }
        }
    }
}
