package com.execreports.adapter.inbound.lambda;

import com.execreports.application.InspectionConfig;
import java.util.Map;

/**
 * Everything the deployment tells a function through its environment (names in
 * {@link FunctionEnvironment}), read once per container: the one configuration record of the
 * scheduled handler and the fan-out worker alike. Each part checks its own values.
 *
 * @param data where the handoffs, archive, ledger and keys are
 * @param fanOut whether and above how many reports a run is handed to workers
 * @param inspection whether a run inspects the AWS account (the keys may override it per run)
 * @param worker how many workers send at once, for each worker's share of the SES rate
 */
public record FunctionSettings(LambdaSettings data, FanOutSettings fanOut, InspectionConfig inspection,
                               WorkerSettings worker) {
    public static FunctionSettings fromEnvironment(Map<String, String> env) {
        return new FunctionSettings(LambdaSettings.fromEnvironment(env), FanOutSettings.fromEnvironment(env),
                InspectionConfig.fromEnvironment(env), WorkerSettings.fromEnvironment(env));
    }

    /** {@code data} with every other part at its default: no fan-out, no inspection. */
    public static FunctionSettings of(LambdaSettings data) {
        return new FunctionSettings(data, FanOutSettings.OFF, InspectionConfig.OFF,
                new WorkerSettings(WorkerSettings.DEFAULT_CONCURRENCY));
    }

    public FunctionSettings withFanOut(FanOutSettings other) {
        return new FunctionSettings(data, other, inspection, worker);
    }

    public FunctionSettings withInspection(InspectionConfig other) {
        return new FunctionSettings(data, fanOut, other, worker);
    }

    public FunctionSettings withWorker(WorkerSettings other) {
        return new FunctionSettings(data, fanOut, inspection, other);
    }
}
