package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.application.port.AccountInspector;
import com.execreports.domain.AccountObservations;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The AWS account of the run's credentials and region, inspected with read-only calls only (each
 * one listed in the README's "Live AWS inspection"): Lambda functions, DynamoDB tables, SES, WAF
 * and the month's cost. Resources are assigned to entities by a tag; a call that fails or is denied
 * leaves a warning and the rest of the inspection goes on.
 */
public final class AwsAccountInspector implements AccountInspector {
    private final InspectionClients clients;
    private final SesClient ses;
    private final String tagKey;

    /** @param ses SES in the region the reports are sent from */
    public AwsAccountInspector(InspectionClients clients, SesClient ses, String tagKey) {
        this.clients = clients;
        this.ses = ses;
        this.tagKey = tagKey;
    }

    @Override
    public String describe() {
        return "aws:" + clients.region().id();
    }

    @Override
    public AccountObservations inspect(ReportingPeriod period) {
        Collector out = new Collector(describe(), tagKey);
        TagIndex tags = TagIndex.read(clients.tagging(), out);
        // a runtime counts as deprecated when it is by the day the report goes out
        LocalDate asOf = period.next().firstDay();
        List<Exposure> exposures = new ArrayList<>(WebAcls.apis(tags));
        exposures.addAll(new LambdaFunctions(clients.lambda()).inspect(tags, asOf, out));
        new DynamoDbTables(clients.dynamoDb()).inspect(tags, out);
        new SesAccount(ses).inspect(tags, out);
        new WebAcls(clients.waf()).inspect(tags, exposures, out);
        new MonthlyCost(clients.costExplorer()).inspect(period, out);
        return out.result();
    }
}
