package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import com.execreports.domain.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.GetSendQuotaResponse;
import software.amazon.awssdk.services.ses.model.IdentityVerificationAttributes;
import software.amazon.awssdk.services.ses.model.RawMessage;
import software.amazon.awssdk.services.ses.model.VerificationStatus;

/**
 * Delivery through Amazon SES (the v1 API's {@code SendRawEmail}): the message as composed, less
 * its Bcc header, with every To, Cc and Bcc address as an envelope destination. Sends are paced by
 * the {@link SendPacer} the entry point hands in (the account's maximum send rate, or a worker's
 * share of it); a send SES throttles anyway is retried by {@link SesRetryStrategy}.
 */
public final class SesTransport implements Transport {
    /** SES refuses a message with more destinations than this. */
    public static final int MAX_RECIPIENTS = 50;
    /**
     * SES refuses a raw message larger than this. The pipeline refuses earlier, at 10,000,000 bytes
     * ({@code ReportPackager.MAX_MESSAGE_BYTES}, the same on every transport); this is the last guard for
     * a caller that hands the transport a message directly.
     */
    public static final int MAX_RAW_BYTES = 10 * 1024 * 1024;
    /** GetSendQuota's 24-hour limit for an account still in the SES sandbox. */
    public static final double SANDBOX_DAILY_QUOTA = 200;

    private final SesClient ses;
    private final SendPacer pacer;

    /**
     * @param pacer how fast to send, chosen by the entry point: {@link SendPacer#at} the account's
     *              {@link #maxSendRate} for a run, {@link SendPacer#share} of it for a fan-out worker
     */
    public SesTransport(SesClient ses, SendPacer pacer) {
        this.ses = Objects.requireNonNull(ses, "ses");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    /**
     * The account's maximum send rate in recipients per second ({@code MaxSendRate} of
     * GetSendQuota); 0 when SES does not say.
     */
    public static double maxSendRate(SesClient ses) {
        Double rate = ses.getSendQuota().maxSendRate();
        return rate == null ? 0 : rate;
    }

    @Override
    public String name() {
        return "ses";
    }

    /**
     * Stops the run when the sender (neither the address nor its domain) is not verified, or when
     * the 24-hour quota left is smaller than {@code recipientCount} (SES counts every recipient
     * against it); warns when the account looks like it is in the sandbox. The pace of the sends
     * is the pacer's, given at construction, not set here.
     */
    @Override
    public List<Warning> preflight(String sender, int recipientCount) {
        requireVerified(sender);
        GetSendQuotaResponse quota = call("read the SES sending quota", ses::getSendQuota);
        List<Warning> warnings = new ArrayList<>();
        Double max24 = quota.max24HourSend();
        if (max24 == null) {
            return warnings;
        }
        double max = max24;
        if (max < 0) {
            return warnings; // -1: no daily limit
        }
        if (max <= SANDBOX_DAILY_QUOTA) {
            warnings.add(Warning.of("ses", String.format(Locale.ROOT,
                    "the SES account in %s looks like it is in the sandbox (24-hour quota %.0f): "
                            + "messages to recipients that are not verified will be refused", region(), max)));
        }
        double sent = quota.sentLast24Hours() == null ? 0 : quota.sentLast24Hours();
        double left = max - sent;
        if (left < recipientCount) {
            throw new ConfigurationException(String.format(Locale.ROOT,
                    "SES in %s has %.0f of its 24-hour quota of %.0f recipients left, and this run sends to %d;"
                            + " nothing was sent (raise the quota, or send part of the run with --only)",
                    region(), Math.max(left, 0), max, recipientCount));
        }
        return warnings;
    }

    private void requireVerified(String sender) {
        String domain = sender.substring(sender.lastIndexOf('@') + 1);
        Map<String, IdentityVerificationAttributes> attributes = call("check the SES sender",
                () -> ses.getIdentityVerificationAttributes(r -> r.identities(sender, domain)))
                .verificationAttributes();
        boolean verified = attributes.values().stream()
                .anyMatch(a -> a.verificationStatus() == VerificationStatus.SUCCESS);
        if (!verified) {
            throw new ConfigurationException("SES sender " + sender + " is not verified in " + region()
                    + ": verify the address or its domain " + domain
                    + " (aws ses verify-email-identity) before sending; nothing was sent");
        }
    }

    @Override
    public String deliver(OutgoingMessage message) throws DeliveryException {
        List<String> destinations = message.allRecipients().stream().distinct().toList();
        refuseOutsideLimits(message, destinations);
        awaitTurn(message, destinations.size());
        try {
            return ses.sendRawEmail(r -> r.source(message.from())
                            .destinations(destinations)
                            .rawMessage(RawMessage.builder()
                                    .data(SdkBytes.fromByteArray(message.mimeWithoutBcc())).build()))
                    .messageId();
        } catch (SdkServiceException e) {
            throw new DeliveryException("SES refused report '" + message.reportId() + "': " + describe(e), false, e);
        } catch (SdkClientException e) {
            boolean inDoubt = !SesRetryStrategy.neverSent(e);
            throw new DeliveryException(inDoubt
                    ? "no answer from SES for report '" + message.reportId()
                            + "' after the message went out; it may have been sent: " + e.getMessage()
                    : "could not reach SES for report '" + message.reportId() + "': " + e.getMessage(),
                    inDoubt, e);
        }
    }

    private void awaitTurn(OutgoingMessage message, int recipients) throws DeliveryException {
        try {
            pacer.awaitTurn(recipients);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("report '" + message.reportId() + "' not sent: the run was interrupted"
                    + " while waiting for its turn under the SES send rate", false, e);
        } catch (SdkException e) {
            // the pacer reads the account's rate at the first send
            throw new DeliveryException("report '" + message.reportId() + "' not sent: could not read the SES send"
                    + " rate (" + e.getMessage() + ")", false, e);
        }
    }

    private static void refuseOutsideLimits(OutgoingMessage message, List<String> destinations)
            throws DeliveryException {
        if (destinations.isEmpty()) {
            throw new DeliveryException("report '" + message.reportId() + "' has no recipients", false, null);
        }
        if (destinations.size() > MAX_RECIPIENTS) {
            throw new DeliveryException("report '" + message.reportId() + "' has " + destinations.size()
                    + " recipients (To, Cc and Bcc); SES accepts at most " + MAX_RECIPIENTS + " per message",
                    false, null);
        }
        if (message.mimeWithoutBcc().length > MAX_RAW_BYTES) {
            throw new DeliveryException("report '" + message.reportId() + "' is " + message.mimeWithoutBcc().length
                    + " bytes; SES accepts at most " + MAX_RAW_BYTES + " bytes (10 MB) per message", false, null);
        }
    }

    private String region() {
        return ses.serviceClientConfiguration().region().id();
    }

    private static String describe(SdkServiceException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        }
        return e.getMessage();
    }

    /**
     * Preflight calls. SES refusing the request (access denied, bad credentials) is configuration
     * (nothing sent, exit 2); SES unreachable or failing is not, so that stays unchecked.
     */
    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkServiceException e) {
            String message = "could not " + what + " in " + region() + ": " + describe(e);
            if (e.statusCode() >= 400 && e.statusCode() < 500 && !e.isThrottlingException()) {
                throw new ConfigurationException(message + "; nothing was sent", e);
            }
            throw new IllegalStateException(message, e);
        } catch (SdkException e) {
            throw new IllegalStateException("could not " + what + " in " + region() + ": " + e.getMessage(), e);
        }
    }
}
