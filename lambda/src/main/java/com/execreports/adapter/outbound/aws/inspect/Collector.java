package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.AccountObservations.Resource;
import com.execreports.domain.Area;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Severity;
import com.execreports.domain.Warning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Gathers one inspection's findings, resources, costs and warnings, grouped by owner: the value
 * of a resource's entity tag, or {@code null} for none. Also the one place where a failed call
 * turns into a warning, so no check can fail the run.
 */
final class Collector {
    private final String source;
    private final String tagKey;
    private final Map<String, Group> tagged = new TreeMap<>();
    private final Group untagged = new Group();
    private final List<Warning> warnings = new ArrayList<>();
    private boolean costObserved;

    private static final class Group {
        final List<Finding> findings = new ArrayList<>();
        final List<Resource> resources = new ArrayList<>();
        BigDecimal cost;

        Observed observed() {
            return new Observed(findings, resources, cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP));
        }
    }

    Collector(String source, String tagKey) {
        this.source = source;
        this.tagKey = tagKey;
    }

    String tagKey() {
        return tagKey;
    }

    void finding(String owner, Severity severity, Area area, String text) {
        group(owner).findings.add(new Finding(severity, area, text, Finding.Source.ACCOUNT));
    }

    void resource(String owner, String kind, String name, String state, Area area) {
        group(owner).resources.add(new Resource(kind, name, state, area));
    }

    void cost(String owner, BigDecimal amount) {
        Group group = group(owner);
        group.cost = group.cost == null ? amount : group.cost.add(amount);
    }

    void costObserved() {
        costObserved = true;
    }

    /**
     * One read: its result, or empty with a warning naming the IAM action and what was left out.
     * A denial (the role lacks the action) and any other failure alike leave the run going.
     */
    <T> Optional<T> read(String action, String leftOut, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (AwsServiceException e) {
            warnings.add(Warning.of(source, denied(e)
                    ? action + " was denied, so " + leftOut + " (the role needs it: README, \"Live AWS inspection\")"
                    : action + " failed (HTTP " + e.statusCode() + " " + code(e) + "), so " + leftOut));
        } catch (SdkException e) {
            warnings.add(Warning.of(source, action + " failed (" + e.getMessage() + "), so " + leftOut));
        }
        return Optional.empty();
    }

    /** AccessDenied (S3, SES, WAF), AccessDeniedException (Lambda, DynamoDB, Cost Explorer, tagging) or a bare 403. */
    static boolean denied(AwsServiceException e) {
        String code = code(e);
        return e.statusCode() == 403 || code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation");
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }

    private Group group(String owner) {
        return owner == null ? untagged : tagged.computeIfAbsent(owner, o -> new Group());
    }

    AccountObservations result() {
        Map<String, Observed> groups = new TreeMap<>();
        tagged.forEach((owner, group) -> groups.put(owner, group.observed()));
        return new AccountObservations(source, tagKey, groups, untagged.observed(), costObserved, warnings);
    }
}
