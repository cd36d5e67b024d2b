package com.execreports.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.RepoPaths;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/reliability.md names the test proving each guarantee: every name must be a real test. */
class ReliabilityDocTest {
    private static final Pattern REFERENCE = Pattern.compile("`((?:[a-z]+\\.)+[A-Z][A-Za-z]+(?:Test|IT|Properties))(?:#(\\w+))?`");

    @Test
    void everyTestTheGuaranteesNameExists() throws IOException {
        String doc = Files.readString(RepoPaths.root().resolve("docs/reliability.md"));
        Matcher reference = REFERENCE.matcher(doc);
        List<String> missing = new ArrayList<>();
        int found = 0;
        while (reference.find()) {
            found++;
            String className = "com.execreports." + reference.group(1);
            try {
                Class<?> type = Class.forName(className);
                String method = reference.group(2);
                if (method != null && Arrays.stream(type.getDeclaredMethods()).map(Method::getName).noneMatch(method::equals)) {
                    missing.add(reference.group());
                }
            } catch (ClassNotFoundException e) {
                missing.add(reference.group());
            }
        }
        assertThat(found).as("test references in docs/reliability.md").isGreaterThan(20);
        assertThat(missing).as("named in docs/reliability.md but not found").isEmpty();
    }
}
