package com.execreports.corpus;

import com.execreports.corpus.BadInputCorpusTest.Case;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus cases marked {@code slow} in cases.yml (a 10,000-row table, a message over 10 MB):
 * the same checks as {@link BadInputCorpusTest}, in the verify lane, since each takes seconds of
 * the fast lane's budget by itself.
 */
class BadInputCorpusIT {
    @TempDir
    Path tmp;

    static Stream<Arguments> slowCases() {
        return BadInputCorpusTest.arguments(BadInputCorpusTest.cases().stream()
                .filter(c -> Boolean.TRUE.equals(c.slow())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slowCases")
    void eachSlowCaseGivesItsExpectedWarningsOrExitStatus(Case c) throws Exception {
        BadInputCorpusTest.check(c, tmp);
    }
}
