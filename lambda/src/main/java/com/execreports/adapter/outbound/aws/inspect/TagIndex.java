package com.execreports.adapter.outbound.aws.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;

/**
 * Which entity each resource belongs to: the value of its entity tag, read for every service at
 * once through the Resource Groups Tagging API ({@code tag:GetResources}). Values are compared
 * in lower case, as entity ids are written. A resource it does not name is untagged.
 *
 * <p>Resources are keyed by service and the ARN's resource part ({@code function:NAME},
 * {@code table/NAME}, {@code identity/NAME}), since the API answers for one account and region
 * and the listings of some services (DynamoDB, SES) give names, not ARNs.
 */
final class TagIndex {
    private final Map<String, String> owners;
    private final Map<String, String> arns;

    private TagIndex(Map<String, String> owners, Map<String, String> arns) {
        this.owners = owners;
        this.arns = arns;
    }

    static TagIndex read(ResourceGroupsTaggingApiClient tagging, Collector out) {
        String tagKey = out.tagKey();
        Map<String, String> ownersByArn = new HashMap<>();
        out.read("tag:GetResources", "no resource could be assigned to an entity and all are listed as unassigned",
                () -> tagging.getResourcesPaginator(r -> r.tagFilters(f -> f.key(tagKey))).resourceTagMappingList()
                        .stream().toList())
                .ifPresent(mappings -> {
                    for (ResourceTagMapping mapping : mappings) {
                        String value = value(mapping.tags(), tagKey);
                        if (value != null) {
                            ownersByArn.put(mapping.resourceARN(), value);
                        }
                    }
                });
        return of(ownersByArn);
    }

    /** An index of these ARNs and their owners (tag values in lower case already). */
    static TagIndex of(Map<String, String> ownersByArn) {
        Map<String, String> owners = new HashMap<>();
        Map<String, String> arns = new HashMap<>();
        ownersByArn.forEach((arn, owner) -> {
            Arn parsed = Arn.parse(arn);
            if (parsed != null) {
                owners.put(parsed.key(), owner);
                arns.put(parsed.key(), arn);
            }
        });
        return new TagIndex(owners, arns);
    }

    private static String value(List<Tag> tags, String tagKey) {
        for (Tag tag : tags) {
            if (tag.key().equals(tagKey) && tag.value() != null && !tag.value().isBlank()) {
                return tag.value().strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The owner of the resource with this ARN; {@code null} when untagged. */
    String ownerOfArn(String arn) {
        Arn parsed = Arn.parse(arn);
        return parsed == null ? null : owners.get(parsed.key());
    }

    /** The owner of {@code resource} (the ARN's last part) of {@code service}; {@code null} when untagged. */
    String owner(String service, String resource) {
        return owners.get(service + " " + resource);
    }

    /** A tagged resource: its ARN's resource part, its full ARN and its owner. */
    record Tagged(String resource, String arn, String owner) {}

    /** The tagged resources of {@code service} whose resource part starts with {@code prefix}, by resource. */
    List<Tagged> tagged(String service, String prefix) {
        List<Tagged> found = new ArrayList<>();
        arns.forEach((key, arn) -> {
            if (key.startsWith(service + " " + prefix)) {
                found.add(new Tagged(key.substring(service.length() + 1), arn, owners.get(key)));
            }
        });
        found.sort(Comparator.comparing(Tagged::resource));
        return found;
    }

    /** {@code arn:partition:service:region:account:resource}; the resource part may hold ':' itself. */
    record Arn(String service, String resource) {
        static Arn parse(String arn) {
            String[] parts = arn == null ? new String[0] : arn.split(":", 6);
            return parts.length == 6 && parts[0].equals("arn") ? new Arn(parts[2], parts[5]) : null;
        }

        String key() {
            return service + " " + resource;
        }
    }
}
