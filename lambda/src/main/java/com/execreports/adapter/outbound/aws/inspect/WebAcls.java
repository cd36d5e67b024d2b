package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.domain.Area;
import com.execreports.domain.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.ListWebAcLsResponse;
import software.amazon.awssdk.services.wafv2.model.Scope;
import software.amazon.awssdk.services.wafv2.model.WebACLSummary;

/**
 * Public endpoints without a WAF web ACL. An owner's endpoints count as screened when a web ACL
 * carries the owner's entity tag, or when one is attached to one of its API Gateway stages. A
 * function URL cannot take a web ACL itself (it needs CloudFront in front), so for it only the
 * tagged web ACL counts.
 */
final class WebAcls {
    private final Wafv2Client waf;

    WebAcls(Wafv2Client waf) {
        this.waf = waf;
    }

    /**
     * The API Gateway REST and HTTP APIs the tag index names, each with its tagged REST stages, to
     * which a web ACL may be attached.
     */
    static List<Exposure> apis(TagIndex tags) {
        List<Exposure> apis = new ArrayList<>();
        List<TagIndex.Tagged> tagged = tags.tagged("apigateway", "/");
        for (TagIndex.Tagged api : tagged) {
            if (api.resource().matches("/(restapis|apis)/[^/]+")) {
                List<String> stages = tagged.stream().filter(s -> s.resource().startsWith(api.resource() + "/stages/")
                        && s.resource().startsWith("/restapis/")).map(TagIndex.Tagged::arn).toList();
                String kind = api.resource().startsWith("/restapis/") ? "REST API " : "HTTP API ";
                apis.add(new Exposure(api.owner(), "API Gateway " + kind + api.resource().substring(
                        api.resource().lastIndexOf('/') + 1), stages));
            }
        }
        return apis;
    }

    void inspect(TagIndex tags, List<Exposure> exposures, Collector out) {
        Set<String> screened = new HashSet<>();
        out.read("wafv2:ListWebACLs", "no WAF web ACL was found, so public endpoints were not checked",
                () -> webAcls()).ifPresent(acls -> {
                    for (WebACLSummary acl : acls) {
                        String owner = tags.ownerOfArn(acl.arn());
                        out.resource(owner, "WAF web ACL", acl.name(), "regional", Area.SECURITY);
                        if (owner != null) {
                            screened.add(owner);
                        }
                    }
                    findings(exposures, screened, out);
                });
    }

    private List<WebACLSummary> webAcls() {
        List<WebACLSummary> all = new ArrayList<>();
        String marker = null;
        do {
            String next = marker;
            ListWebAcLsResponse page = waf.listWebACLs(r -> r.scope(Scope.REGIONAL).nextMarker(next));
            all.addAll(page.webACLs());
            marker = page.nextMarker() == null || page.nextMarker().isEmpty() || page.webACLs().isEmpty()
                    ? null : page.nextMarker();
        } while (marker != null);
        return all;
    }

    /** One finding per owner with an endpoint no web ACL screens. */
    void findings(List<Exposure> exposures, Set<String> screened, Collector out) {
        Map<String, List<Exposure>> open = new LinkedHashMap<>();
        for (Exposure e : exposures) {
            String owner = e.owner();
            if ((owner == null || !screened.contains(owner)) && !attached(e, out)) {
                open.computeIfAbsent(owner == null ? "" : owner, o -> new ArrayList<>()).add(e);
            }
        }
        open.forEach((owner, list) -> out.finding(owner.isEmpty() ? null : owner, Severity.HIGH, Area.SECURITY,
                "No AWS WAF web ACL screens " + String.join(", ", list.stream().map(Exposure::description).toList())
                        + ": add a web ACL (for a function URL, through CloudFront) and tag it "
                        + out.tagKey() + "=<entity>."));
    }

    private boolean attached(Exposure exposure, Collector out) {
        for (String stage : exposure.webAclTargets()) {
            boolean attached = out.read("wafv2:GetWebACLForResource", "the web ACL of " + exposure.description()
                    + " was not checked", () -> waf.getWebACLForResource(r -> r.resourceArn(stage)).webACL() != null)
                    .orElse(false);
            if (attached) {
                return true;
            }
        }
        return false;
    }
}
