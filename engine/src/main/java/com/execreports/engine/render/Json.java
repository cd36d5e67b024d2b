package com.execreports.engine.render;

import com.execreports.domain.ReportingPeriod;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** The one JSON writer: pretty, and numbers as plain JSON numbers (integers when whole). */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            // a period is "YYYY-MM" in every file; the domain knows no Jackson, so it is said here
            .registerModule(new SimpleModule().addSerializer(ReportingPeriod.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {}

    public static byte[] bytes(Object value) {
        try {
            return (MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** 7000.00 → 7000, 2.50 → 2.5: SPEC §7 "integers when whole". */
    public static Object number(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, number(v)));
            return copy;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(Json::number).toList();
        }
        return value;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
