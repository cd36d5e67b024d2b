package com.execreports.adapter.outbound.aws;

import com.execreports.application.DeliveryConfig;
import com.execreports.application.RunKeys;
import com.execreports.domain.ConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The SDK clients of one process (a Lambda container or one command-line run), each built on first
 * use and then reused: the command line's local path never builds one, and a warm Lambda never
 * builds one twice. All share one {@link UrlConnectionHttpClient} (the only HTTP client in the jar).
 *
 * <p>S3 and SSM calls are idempotent and use the SDK's standard retry strategy; so do SQS sends,
 * where a repeat can only duplicate a report job, which the ledger makes harmless. SES uses
 * {@link SesRetryStrategy}, which never repeats a send whose request may have reached SES.
 */
public final class AwsClients implements AutoCloseable {

    /**
     * How clients are built; what differs between Lambda, the command line and the tests.
     *
     * @param region {@code null}: the SDK's default chain ({@code AWS_REGION}, then the profile)
     * @param endpoint {@code null}: the SDK's own choice, which honours {@code AWS_ENDPOINT_URL}
     * @param pathStyle S3 bucket in the path instead of the host name, as emulators need
     * @param credentials {@code null}: the SDK's default credentials chain
     */
    public record Settings(Region region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials,
                           Duration connectTimeout, Duration socketTimeout) {
        public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
        public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

        public Settings {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(socketTimeout, "socketTimeout");
        }

        /**
         * Everything from the SDK's own settings. The SDK reads {@code AWS_ENDPOINT_URL} (and
         * {@code AWS_ENDPOINT_URL_S3}) itself; this only turns on path-style S3 addressing when one
         * is set, since an emulator at {@code http://127.0.0.1:5000} has no bucket subdomains.
         */
        public static Settings fromEnvironment(Map<String, String> env) {
            boolean endpointOverride = isSet(env.get("AWS_ENDPOINT_URL")) || isSet(env.get("AWS_ENDPOINT_URL_S3"));
            return new Settings(null, null, endpointOverride, null, CONNECT_TIMEOUT, SOCKET_TIMEOUT);
        }

        /** Every client bound to one emulator endpoint, with fixed region and credentials. */
        public static Settings forEndpoint(URI endpoint, Region region, AwsCredentialsProvider credentials) {
            return new Settings(region, endpoint, true, credentials, CONNECT_TIMEOUT, SOCKET_TIMEOUT);
        }

        public Settings withTimeouts(Duration connect, Duration socket) {
            return new Settings(region, endpoint, pathStyle, credentials, connect, socket);
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }
    }

    private final Settings settings;
    private final SdkHttpClient http;
    private final Lazy<S3Client> s3;
    private final Lazy<SsmClient> ssm;
    private final Lazy<SqsClient> sqs;
    private final Lazy<SnsClient> sns;
    private final Map<Region, SesClient> ses = new ConcurrentHashMap<>();

    public AwsClients(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.socketTimeout())
                .build();
        this.s3 = new Lazy<>(() -> configure(S3Client.builder(), defaultRegion(), AwsRetryStrategy.standardRetryStrategy())
                .forcePathStyle(settings.pathStyle())
                .build());
        this.ssm = new Lazy<>(() -> configure(SsmClient.builder(), defaultRegion(),
                AwsRetryStrategy.standardRetryStrategy()).build());
        this.sqs = new Lazy<>(() -> configure(SqsClient.builder(), defaultRegion(),
                AwsRetryStrategy.standardRetryStrategy()).build());
        this.sns = new Lazy<>(() -> configure(SnsClient.builder(), defaultRegion(),
                AwsRetryStrategy.standardRetryStrategy()).build());
    }

    /**
     * Clients as the SDK would configure them from the environment and profile.
     *
     * @param env the process environment, read by the entry point
     */
    public static AwsClients fromEnvironment(Map<String, String> env) {
        return new AwsClients(Settings.fromEnvironment(env));
    }

    public S3Client s3() {
        return s3.get();
    }

    public SsmClient ssm() {
        return ssm.get();
    }

    /** The report queue's client (fan-out). */
    public SqsClient sqs() {
        return sqs.get();
    }

    /** The alarm topic's client (delivery events). */
    public SnsClient sns() {
        return sns.get();
    }

    /**
     * The SES client for a region: the {@code SES_REGION} key's value, or {@code null} (or blank) for
     * the default region. One client per region, built on first use.
     */
    public SesClient ses(String regionOrNull) {
        Region region = regionOrNull == null || regionOrNull.isBlank() ? defaultRegion() : sesRegion(regionOrNull);
        return ses.computeIfAbsent(region,
                r -> configure(SesClient.builder(), r, SesRetryStrategy.create()).build());
    }

    private static Region sesRegion(String name) {
        String trimmed = name.strip();
        if (!DeliveryConfig.REGION_NAME.matcher(trimmed).matches()) {
            // the value is not repeated: it may come from a SecureString
            throw new ConfigurationException(RunKeys.SES_REGION + ": not an AWS region name (such as us-east-1)");
        }
        return Region.of(trimmed);
    }

    /**
     * A builder configured like the clients above (the shared HTTP client, region, endpoint and
     * credentials) with the standard retries, for clients that only read: {@link InspectionClients}.
     */
    <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B standard(B builder) {
        return configure(builder, defaultRegion(), AwsRetryStrategy.standardRetryStrategy());
    }

    Region defaultRegion() {
        if (settings.region() != null) {
            return settings.region();
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            throw new ConfigurationException(
                    "no AWS region: set AWS_REGION (or a region in the AWS profile) to use S3, SSM or SES", e);
        }
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, Region region, RetryStrategy retry) {
        builder.httpClient(http)
                .region(region)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retry)
                        .apiCallTimeout(Duration.ofMinutes(2))
                        .build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.credentials() != null) {
            builder.credentialsProvider(settings.credentials());
        }
        return builder;
    }

    @Override
    public void close() {
        s3.ifBuilt(S3Client::close);
        ssm.ifBuilt(SsmClient::close);
        sqs.ifBuilt(SqsClient::close);
        sns.ifBuilt(SnsClient::close);
        ses.values().forEach(SesClient::close);
        http.close();
    }
}
