package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.domain.Area;
import com.execreports.domain.Severity;
import com.execreports.engine.parse.Redactor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Lambda functions: credentials in environment variables (by the SPEC §3 patterns, named by
 * variable, never by value), deprecated runtimes, and public function URLs for the WAF check.
 */
final class LambdaFunctions {
    private final LambdaClient lambda;
    private final Redactor redactor = new Redactor();

    LambdaFunctions(LambdaClient lambda) {
        this.lambda = lambda;
    }

    /** Inspects every function; returns the public function URLs. */
    List<Exposure> inspect(TagIndex tags, LocalDate asOf, Collector out) {
        List<Exposure> exposures = new ArrayList<>();
        // ListFunctions returns each function's environment: no per-function read of it
        out.read("lambda:ListFunctions", "no Lambda function was inspected",
                () -> lambda.listFunctionsPaginator(r -> { }).functions().stream().toList())
                .ifPresent(functions -> functions.forEach(f -> inspect(f, tags.ownerOfArn(f.functionArn()), asOf,
                        out, exposures)));
        return exposures;
    }

    private void inspect(FunctionConfiguration function, String owner, LocalDate asOf, Collector out,
                         List<Exposure> exposures) {
        String name = shown(function.functionName());
        for (String variable : credentialVariables(function)) {
            out.finding(owner, Severity.CRITICAL, Area.SECURITY, "Lambda function '" + name + "' holds a credential"
                    + " in environment variable " + variable + " (value not shown): move it to Secrets Manager or"
                    + " SSM Parameter Store and rotate it.");
        }
        String runtime = function.runtimeAsString();
        LambdaRuntimes.deprecatedBy(runtime, asOf).ifPresent(since -> out.finding(owner, Severity.HIGH,
                Area.ENGINEERING, "Lambda function '" + name + "' runs on " + runtime + ", which Lambda deprecated on "
                        + since + ": it gets no security patches; move it to a supported runtime."));
        String url = functionUrl(function.functionName(), out).map(u -> {
            if (u.authType() == FunctionUrlAuthType.NONE) {
                exposures.add(new Exposure(owner, "function URL of '" + name + "' (no auth)", List.of()));
                return ", public function URL (no auth)";
            }
            return ", function URL (" + u.authTypeAsString() + " auth)";
        }).orElse("");
        out.resource(owner, "Lambda function", name, (runtime == null ? "container image" : runtime) + url,
                Area.ENGINEERING);
    }

    /**
     * Variables whose {@code NAME=value} the redactor would redact: a token-shaped value, or a
     * value under a name such as {@code DB_PASSWORD}. The value is tested and dropped here.
     */
    private List<String> credentialVariables(FunctionConfiguration function) {
        if (function.environment() == null || !function.environment().hasVariables()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> variable : function.environment().variables().entrySet()) {
            if (redactor.containsSecret(variable.getKey() + "=" + variable.getValue())) {
                found.add(shown(variable.getKey()));
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    /** The function's own URL; aliases' URLs are not looked at. Empty when it has none or it was not read. */
    private Optional<GetFunctionUrlConfigResponse> functionUrl(String functionName, Collector out) {
        return out.read("lambda:GetFunctionUrlConfig", "the function URL of '" + shown(functionName)
                        + "' was not checked", () -> {
                    try {
                        return Optional.of(lambda.getFunctionUrlConfig(r -> r.functionName(functionName)));
                    } catch (ResourceNotFoundException e) {
                        return Optional.<GetFunctionUrlConfigResponse>empty();
                    }
                }).flatMap(u -> u);
    }

    /** A name as reports may show it: a name is never a secret, but one that looks like one is redacted. */
    private String shown(String name) {
        return redactor.redact(name).text();
    }
}
