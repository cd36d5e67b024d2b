package com.execreports.adapter.outbound.aws.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.Items.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which public endpoints count as screened. The emulator indexes no API Gateway API and no web ACL
 * in its tagging API, so these rules are pinned here on their own, with the tag index as AWS fills it.
 */
class WebAclsTest {
    @Test
    void theTaggingApisApisBecomeExposuresWithTheirRestStagesAsWebAclTargets() {
        TagIndex tags = TagIndex.of(Map.of(
                "arn:aws:apigateway:us-east-1::/restapis/a1b2c3", "jada",
                "arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod", "jada",
                "arn:aws:apigateway:us-east-1::/apis/h77", "quickdumpnow",
                "arn:aws:apigateway:us-east-1::/apikeys/k1", "jada",
                "arn:aws:lambda:us-east-1:123456789012:function:jada-booking", "jada"));

        assertThat(WebAcls.apis(tags)).containsExactly(
                new Exposure("quickdumpnow", "API Gateway HTTP API h77", List.of()),
                new Exposure("jada", "API Gateway REST API a1b2c3",
                        List.of("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod")));
    }

    @Test
    void anOwnerWithATaggedWebAclIsScreenedAndOthersGetOneFindingEach() {
        Collector out = new Collector("aws:us-east-1", "entity");
        List<Exposure> exposures = List.of(
                new Exposure("jada", "function URL of 'jada-booking' (no auth)", List.of()),
                new Exposure("jada", "API Gateway HTTP API h77", List.of()),
                new Exposure("queenofsandiego", "function URL of 'qsd-site' (no auth)", List.of()),
                new Exposure(null, "function URL of 'stray' (no auth)", List.of()));

        // no exposure has a stage to look up, so no WAF call is made
        new WebAcls(null).findings(exposures, Set.of("queenofsandiego"), out);

        AccountObservations observed = out.result();
        assertThat(observed.tagged().keySet()).containsExactly("jada");
        assertThat(observed.tagged().get("jada").findings()).extracting(Finding::text).containsExactly(
                "No AWS WAF web ACL screens function URL of 'jada-booking' (no auth), API Gateway HTTP API h77: add a"
                        + " web ACL (for a function URL, through CloudFront) and tag it entity=<entity>.");
        assertThat(observed.untagged().findings()).extracting(Finding::text)
                .singleElement().asString().startsWith("No AWS WAF web ACL screens function URL of 'stray'");
    }
}
