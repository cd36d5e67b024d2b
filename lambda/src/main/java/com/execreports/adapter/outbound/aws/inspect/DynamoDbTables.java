package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.domain.Area;
import com.execreports.domain.Severity;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

/** DynamoDB tables without point-in-time recovery: a bad write or delete cannot be rolled back. */
final class DynamoDbTables {
    private final DynamoDbClient dynamoDb;

    DynamoDbTables(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    void inspect(TagIndex tags, Collector out) {
        out.read("dynamodb:ListTables", "no DynamoDB table was inspected",
                () -> dynamoDb.listTablesPaginator(r -> { }).tableNames().stream().toList())
                .ifPresent(tables -> tables.forEach(table -> inspect(table, tags.owner("dynamodb", "table/" + table), out)));
    }

    private void inspect(String table, String owner, Collector out) {
        Optional<PointInTimeRecoveryStatus> pitr = out.read("dynamodb:DescribeContinuousBackups",
                "point-in-time recovery of table '" + table + "' was not checked",
                () -> dynamoDb.describeContinuousBackups(r -> r.tableName(table)).continuousBackupsDescription()
                        .pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        if (pitr.isPresent() && pitr.get() != PointInTimeRecoveryStatus.ENABLED) {
            out.finding(owner, Severity.MEDIUM, Area.INFRASTRUCTURE, "DynamoDB table '" + table + "' has no"
                    + " point-in-time recovery: a bad write or delete cannot be rolled back; turn it on.");
        }
        String state = pitr.map(s -> s == PointInTimeRecoveryStatus.ENABLED ? "point-in-time recovery on"
                : "no point-in-time recovery").orElse("not checked");
        out.resource(owner, "DynamoDB table", table, state, Area.INFRASTRUCTURE);
    }
}
