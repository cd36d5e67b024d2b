package com.execreports.bench;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy;
import com.execreports.adapter.outbound.aws.emulator.MotoServer;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport.DeliveryException;
import com.execreports.engine.mail.MessageComposer;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Sending: N messages through the real SES transport to moto, with the account's MaxSendRate set
 * to R by a GetSendQuota answer from the fault proxy (moto's own is a fixed 1 per second). Prints
 * the achieved rate against the limit and how many sends failed. Usage: {@code SendRateBenchmark
 * [N] [R]}; everything runs on 127.0.0.1 and stops by itself.
 */
public final class SendRateBenchmark {
    private static final String SENDER = "reports@example.com";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        try (MotoServer moto = MotoServer.start()) {
            FaultProxy proxy = FaultProxy.start(moto.endpoint())
                    .inject(FaultProxy.ses("GetSendQuota"), FaultProxy.sesQuota(1_000_000, rate, 0));
            try (proxy; AwsClients clients = new AwsClients(AwsClients.Settings.forEndpoint(proxy.endpoint(),
                    Region.US_EAST_1, StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))))) {
                clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(SENDER));
                SesTransport ses = new SesTransport(clients.ses(null),
                        SendPacer.at(SendPacer.Ticker.SYSTEM, () -> SesTransport.maxSendRate(clients.ses(null))));
                ses.preflight(SENDER, count);
                MessageComposer.Composed composed = new MessageComposer(Clock.systemUTC()).compose("bench", "2026-10",
                        new MessageComposer.Envelope(SENDER, List.of("ceo@example.com"), List.of(), List.of(), "Bench"),
                        new MessageComposer.Body("text", "<p>html</p>", List.of(), List.of()));
                OutgoingMessage message = new OutgoingMessage("bench", SENDER, List.of("ceo@example.com"), List.of(),
                        List.of(), "Bench", composed.messageId(), composed.mime(), composed.mimeWithoutBcc());
                int failed = 0;
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    try {
                        ses.deliver(message);
                    } catch (DeliveryException e) {
                        failed++;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("RESULT messages=%d limit_per_s=%.1f achieved_per_s=%.2f ratio=%.3f seconds=%.1f failed=%d"
                        + " sent_in_moto=%d%n", count, rate, count / seconds, count / seconds / rate, seconds, failed,
                        moto.sentEmails().size());
            }
        }
    }
}
