package com.execreports.adapter.outbound.aws.inspect;

import java.util.List;

/**
 * An endpoint anyone on the internet can call, which a WAF web ACL should screen.
 *
 * @param owner the entity tag's value; {@code null} when untagged
 * @param description e.g. "function URL of 'jada-booking' (no auth)"
 * @param webAclTargets ARNs that {@code wafv2:GetWebACLForResource} accepts (the API's tagged REST
 *                      stages); empty when a web ACL cannot be attached to the endpoint directly
 */
record Exposure(String owner, String description, List<String> webAclTargets) {
    Exposure {
        webAclTargets = List.copyOf(webAclTargets);
    }
}
