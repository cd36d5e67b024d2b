package com.execreports.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.infra.TestStacks.Synthesized;

/** The statements of the function role's inline policy, as synthesized. */
record PolicyStatements(List<Map<String, Object>> statements) {

    @SuppressWarnings("unchecked")
    static PolicyStatements of(Synthesized synth) {
        Map<String, Object> role = (Map<String, Object>) synth.template().toJSON().get("Resources");
        Map<String, Object> resource = (Map<String, Object>) role.get(synth.logicalId(synth.stack().function().getRole()));
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
