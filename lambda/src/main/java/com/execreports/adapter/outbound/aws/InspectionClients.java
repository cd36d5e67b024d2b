package com.execreports.adapter.outbound.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;

/**
 * The SDK clients of the live account inspection, built like {@link AwsClients}' own (its HTTP
 * client, region, endpoint and credentials) with the standard retries, since every call is a read;
 * each on first use, so a run that does not inspect builds none, and a warm Lambda none twice.
 */
public final class InspectionClients implements AutoCloseable {
    /** Cost Explorer answers at one endpoint only, in us-east-1, whatever region the run is in. */
    static final Region COST_EXPLORER_REGION = Region.US_EAST_1;

    private final AwsClients clients;
    private final Lazy<LambdaClient> lambda;
    private final Lazy<DynamoDbClient> dynamoDb;
    private final Lazy<Wafv2Client> waf;
    private final Lazy<ResourceGroupsTaggingApiClient> tagging;
    private final Lazy<CostExplorerClient> costExplorer;

    public InspectionClients(AwsClients clients) {
        this.clients = clients;
        this.lambda = new Lazy<>(() -> clients.standard(LambdaClient.builder()).build());
        this.dynamoDb = new Lazy<>(() -> clients.standard(DynamoDbClient.builder()).build());
        this.waf = new Lazy<>(() -> clients.standard(Wafv2Client.builder()).build());
        this.tagging = new Lazy<>(() -> clients.standard(ResourceGroupsTaggingApiClient.builder()).build());
        this.costExplorer = new Lazy<>(() -> clients.standard(CostExplorerClient.builder())
                .region(COST_EXPLORER_REGION).build());
    }

    /** The region inspected: the run's own. */
    public Region region() {
        return clients.defaultRegion();
    }

    public LambdaClient lambda() {
        return lambda.get();
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    /** WAF in the run's region: its REGIONAL web ACLs. */
    public Wafv2Client waf() {
        return waf.get();
    }

    public ResourceGroupsTaggingApiClient tagging() {
        return tagging.get();
    }

    public CostExplorerClient costExplorer() {
        return costExplorer.get();
    }

    /** SES in the region the reports are sent from ({@code SES_REGION}, or {@code null} for the run's own). */
    public SesClient ses(String regionOrNull) {
        return clients.ses(regionOrNull);
    }

    @Override
    public void close() {
        lambda.ifBuilt(LambdaClient::close);
        dynamoDb.ifBuilt(DynamoDbClient::close);
        waf.ifBuilt(Wafv2Client::close);
        tagging.ifBuilt(ResourceGroupsTaggingApiClient::close);
        costExplorer.ifBuilt(CostExplorerClient::close);
    }
}
