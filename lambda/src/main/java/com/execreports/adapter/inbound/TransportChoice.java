package com.execreports.adapter.inbound;

import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.smtp.SmtpSettings;
import com.execreports.adapter.outbound.smtp.SmtpTransport;
import com.execreports.application.port.Transport;
import com.execreports.domain.ConfigurationException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Which transport sends, and how it is built from the configuration keys: the command line's
 * {@code --transport}, and on Lambda the key {@code TRANSPORT} ({@code ses}, the default, or
 * {@code smtp}). The SES configuration set comes from the key {@code SES_CONFIGURATION_SET}, else
 * from the deployment (the stack sets the function's environment variable of the same name).
 */
public final class TransportChoice {
    public static final String TRANSPORT = "TRANSPORT";
    public static final String CONFIGURATION_SET = "SES_CONFIGURATION_SET";

    public enum Kind { SES, SMTP }

    private TransportChoice() {}

    /** On Lambda: the key TRANSPORT, {@code ses} when absent. */
    public static Kind onAws(Map<String, String> keys, String source) {
        String value = keys.get(TRANSPORT);
        if (value == null || value.isBlank()) {
            return Kind.SES;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ses" -> Kind.SES;
            case "smtp" -> Kind.SMTP;
            default -> throw new ConfigurationException(source + ": " + TRANSPORT + ": must be ses or smtp");
        };
    }

    public static SmtpTransport smtp(Map<String, String> keys, String source) {
        return new SmtpTransport(SmtpSettings.from(keys, source));
    }

    /**
     * @param pacer how fast to send, chosen by the entry point (the account's rate, or a worker's share)
     * @param deployed the deployment's configuration set, or {@code null}
     */
    public static SesTransport ses(SesClient ses, SendPacer pacer, Map<String, String> keys, @Nullable String deployed) {
        String set = keys.get(CONFIGURATION_SET);
        return new SesTransport(ses, pacer, set == null || set.isBlank() ? deployed : set);
    }

    /**
     * The Lambda's transport; the SES client is built only when SES sends.
     *
     * @param pacing the pacer for that client, chosen by the entry point
     */
    public static Transport forAws(Map<String, String> keys, String source, Supplier<SesClient> ses,
                                   Function<SesClient, SendPacer> pacing, @Nullable String deployedConfigurationSet) {
        if (onAws(keys, source) == Kind.SMTP) {
            return smtp(keys, source);
        }
        SesClient client = ses.get();
        return ses(client, pacing.apply(client), keys, deployedConfigurationSet);
    }
}
