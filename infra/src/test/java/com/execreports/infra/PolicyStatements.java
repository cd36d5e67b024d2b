package com.execreports.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.infra.TestStacks.Synthesized;

import software.constructs.IConstruct;

/** The statements of the function role's inline policy, as synthesized. */
record PolicyStatements(List<Map<String, Object>> statements) {

    static PolicyStatements of(Synthesized synth) {
        return of(synth, synth.stack().function().getRole());
    }

    /** The statements of another role's inline policy, e.g. the fan-out worker's. */
    @SuppressWarnings("unchecked")
    static PolicyStatements of(Synthesized synth, IConstruct role) {
        Map<String, Object> resources = (Map<String, Object>) synth.template().toJSON().get("Resources");
        Map<String, Object> resource = (Map<String, Object>) resources.get(synth.logicalId(role));
        Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
        List<Map<String, Object>> policies = (List<Map<String, Object>>) properties.get("Policies");
        Map<String, Object> document = (Map<String, Object>) policies.get(0).get("PolicyDocument");
        return new PolicyStatements((List<Map<String, Object>>) document.get("Statement"));
    }

    List<String> sids() {
        List<String> sids = new ArrayList<>();
        statements.forEach(statement -> sids.add((String) statement.get("Sid")));
        return sids;
    }

    Map<String, Object> bySid(String sid) {
        return statements.stream().filter(statement -> sid.equals(statement.get("Sid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + statements));
    }
}
