package com.execreports.adapter.inbound.lambda;

import com.execreports.adapter.inbound.FanOutSettings;
import com.execreports.adapter.inbound.FunctionEnvironment;
import com.execreports.adapter.inbound.Location;
import com.execreports.adapter.inbound.RunSettings;
import com.execreports.adapter.inbound.WorkerSettings;
import com.execreports.application.InspectionConfig;
import java.util.Map;

/**
 * How a function reads its {@link RunSettings} from the environment the deployment gives it
 * (names in {@link FunctionEnvironment}), once per container: the scheduled handler and the
 * fan-out worker alike. Everything is in AWS: handoffs, archive and ledger in one bucket, keys in
 * SSM, and the keys choose the transport. Each part checks its own values.
 */
public final class FunctionSettings {
    private FunctionSettings() {}

    public static RunSettings fromEnvironment(Map<String, String> env) {
        return of(LambdaSettings.fromEnvironment(env))
                .withFanOut(FanOutSettings.fromEnvironment(env))
                .withInspection(InspectionConfig.fromEnvironment(env))
                .withWorker(WorkerSettings.fromEnvironment(env));
    }

    /** {@code data} with every other part at its default: no fan-out, no inspection unless the keys ask. */
    public static RunSettings of(LambdaSettings data) {
        String bucket = data.handoffBucket();
        return new RunSettings(new Location.S3(bucket, data.handoffPrefix()), new Location.Ssm(data.configSsmPrefix()),
                new Location.S3(bucket, data.archivePrefix()), new Location.S3(bucket, data.ledgerPrefix()),
                RunSettings.TransportKind.BY_KEYS, data.sesConfigurationSet(),
                new RunSettings.Inspection(InspectionConfig.OFF, true), FanOutSettings.OFF,
                new WorkerSettings(WorkerSettings.DEFAULT_CONCURRENCY));
    }
}
