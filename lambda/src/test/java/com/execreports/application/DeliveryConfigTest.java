package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.application.DeliveryConfig.Recipients;
import com.execreports.domain.Persona;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §4 and §7: configuration keys are validated strictly, before anything is sent. */
class DeliveryConfigTest {
    private static final String SOURCE = "data/demo.env";
    private static final String NOT_PLAIN = "is not a plain email address (name@domain, no display name)";

    @Test
    void validKeysBecomeOneTypedConfiguration() {
        DeliveryConfig config = DeliveryConfig.from(keys(
                        "SES_SENDER_ADDRESS", "reports@example.com",
                        "SES_REGION", " us-west-2 ",
                        "AUDIT_BCC_ADDRESS", "audit@example.com",
                        "REPORT_CEO_TO", "ceo@example.com, chief@example.com",
                        "REPORT_CEO_CC", "board@example.com",
                        "REPORT_RENTAL_3028_51ST_TO", "owners@example.com"),
                SOURCE, List.of(report("ceo"), report("rental-3028-51st")));

        assertThat(config.sender()).isEqualTo("reports@example.com");
        assertThat(config.sesRegion()).isEqualTo("us-west-2");
        assertThat(config.bccList()).containsExactly("audit@example.com");
        assertThat(config.recipientsOf("ceo"))
                .isEqualTo(new Recipients(List.of("ceo@example.com", "chief@example.com"), List.of("board@example.com")));
        assertThat(config.recipientsOf("rental-3028-51st"))
                .isEqualTo(new Recipients(List.of("owners@example.com"), List.of()));
    }

    @Test
    void withoutRegionOrAuditCopyThoseAreAbsent() {
        DeliveryConfig config = DeliveryConfig.from(keys(
                        "SES_SENDER_ADDRESS", "reports@example.com", "SES_REGION", " ", "AUDIT_BCC_ADDRESS", "",
                        "REPORT_CEO_TO", "ceo@example.com"),
                SOURCE, List.of(report("ceo")));

        assertThat(config.sesRegion()).isNull();
        assertThat(config.auditBcc()).isNull();
        assertThat(config.bccList()).isEmpty();
    }

    @Test
    void theSenderIsRequiredEvenWithNoReportSelected() {
        assertProblem(keys("REPORT_CEO_TO", "ceo@example.com"), List.of())
                .hasMessage(SOURCE + ": SES_SENDER_ADDRESS: required (the verified SES sender address)");
    }

    @Test
    void anInvalidSenderIsNamedByItsKey() {
        assertProblem(keys("SES_SENDER_ADDRESS", "reports-at-example.com"), List.of())
                .hasMessage(SOURCE + ": SES_SENDER_ADDRESS: address 1 of 1 " + NOT_PLAIN);
    }

    @Test
    void theSenderIsOneAddress() {
        assertProblem(keys("SES_SENDER_ADDRESS", "a@example.com,b@example.com"), List.of())
                .hasMessage(SOURCE + ": SES_SENDER_ADDRESS: expected exactly one email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"CEO\" <ceo@example.com>",
        "a@b.com <evil@x.com>",
        "CEO <ceo@example.com>",
        "<ceo@example.com>",
        "ceo@example.com (Chief)",
        "board: ceo@example.com;",
        "ceo@localhost",
        "ceo@@example.com",
        "ceo"})
    void aRecipientThatIsNotABareAddressIsRefused(String value) {
        assertProblem(withSender("REPORT_CEO_TO", value), List.of(report("ceo")))
                .hasMessageStartingWith(SOURCE + ": REPORT_CEO_TO: address ")
                .hasMessageEndingWith(NOT_PLAIN)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value).doesNotContain("evil"));
    }

    @Test
    void theBadAddressIsNamedByItsPositionInTheList() {
        assertProblem(withSender("REPORT_CEO_TO", "ceo@example.com, \"Evil\" <evil@x.com>, cfo@example.com"),
                List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_TO: address 2 of 3 " + NOT_PLAIN);
    }

    @Test
    void anEmptyEntryInAListIsRefused() {
        assertProblem(withSender("REPORT_CEO_TO", "ceo@example.com,"), List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_TO: address 2 of 2 " + NOT_PLAIN);
    }

    @Test
    void aDisplayNameInTheCcIsRefusedToo() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com");
        keys.put("REPORT_CEO_CC", "a@b.com <evil@x.com>");

        assertProblem(keys, List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_CC: address 1 of 1 " + NOT_PLAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SES_SENDER_ADDRESS", "AUDIT_BCC_ADDRESS", "REPORT_CEO_TO", "REPORT_CEO_CC"})
    void aLineBreakInAHeaderValueStopsTheRun(String key) {
        Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com");
        keys.put(key, "ceo@example.com\r\nBcc: evil@x.com");

        assertProblem(keys, List.of(report("ceo")))
                .hasMessageContaining(SOURCE + ": " + key + ": contains a line break, which is not allowed in a mail header")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("evil"));
    }

    @Test
    void aLoneLineFeedIsALineBreakToo() {
        assertProblem(withSender("REPORT_CEO_TO", "ceo@example.com\nBcc: evil@x.com"), List.of(report("ceo")))
                .hasMessageContaining("REPORT_CEO_TO: contains a line break");
    }

    @Test
    void aSelectedReportWithoutRecipientsStopsTheRun() {
        assertProblem(withSender("REPORT_CFO_TO", "cfo@example.com"), List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_TO: report 'ceo' has no recipients");
    }

    @Test
    void aBlankRecipientListIsNoRecipients() {
        assertProblem(withSender("REPORT_CEO_TO", "  "), List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_TO: report 'ceo' has no recipients");
    }

    @Test
    void aHyphenatedIdIsLookedUpWithUnderscores() {
        assertProblem(withSender("REPORT_RENTAL-3028-51ST_TO", "owners@example.com"),
                List.of(report("rental-3028-51st")))
                .hasMessage(SOURCE + ": REPORT_RENTAL_3028_51ST_TO: report 'rental-3028-51st' has no recipients");
    }

    @Test
    void onlyTheSelectedReportsAreChecked() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com");
        keys.put("REPORT_CTO_TO", "not an address");

        DeliveryConfig config = DeliveryConfig.from(keys, SOURCE, List.of(report("ceo")));

        assertThat(config.recipients()).containsOnlyKeys("ceo");
    }

    @Test
    void everyProblemIsReportedTogether() {
        assertProblem(keys("REPORT_CTO_TO", "cto"), List.of(report("ceo"), report("cto")))
                .hasMessage(String.join("\n",
                        SOURCE + ": SES_SENDER_ADDRESS: required (the verified SES sender address)",
                        SOURCE + ": REPORT_CEO_TO: report 'ceo' has no recipients",
                        SOURCE + ": REPORT_CTO_TO: address 1 of 1 " + NOT_PLAIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SES_SENDER_ADDRESS", "AUDIT_BCC_ADDRESS", "REPORT_CEO_TO", "REPORT_CEO_CC"})
    void aSecretLookingValueNeverAppearsInTheMessage(String key) {
        String[] secrets = {"sk_" + "live_" + "abcdefghijklmnopqrstuvwx", "AKIA" + "ABCDEFGHIJKLMNOP"};
        for (String secret : secrets) {
            Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com");
            keys.put(key, secret);

            assertProblem(keys, List.of(report("ceo")))
                    .satisfies(e -> assertThat(e.toString()).doesNotContain(secret));
        }
    }

    @Test
    void fiftyRecipientsWithTheAuditCopyAreOneMessage() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", addresses("to", 45));
        keys.put("REPORT_CEO_CC", addresses("cc", 4));
        keys.put("AUDIT_BCC_ADDRESS", "audit@example.com");

        DeliveryConfig config = DeliveryConfig.from(keys, SOURCE, List.of(report("ceo")));

        assertThat(config.totalRecipients()).isEqualTo(50);
    }

    @Test
    void moreThanSesTakesInOneMessageIsRefusedNotSplit() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", addresses("to", 500));
        keys.put("AUDIT_BCC_ADDRESS", "audit@example.com");

        assertProblem(keys, List.of(report("ceo")))
                .hasMessage(SOURCE + ": REPORT_CEO_TO: report 'ceo' has 501 recipients (To, Cc and the audit Bcc) but"
                        + " SES takes at most 50 per message; shorten the list or send to a mailing-list address");
    }

    @Test
    void theLimitNamesBothListsWhenThereIsACc() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", addresses("to", 30));
        keys.put("REPORT_CEO_CC", addresses("cc", 21));

        assertProblem(keys, List.of(report("ceo")))
                .hasMessageStartingWith(SOURCE + ": REPORT_CEO_TO and REPORT_CEO_CC: report 'ceo' has 51 recipients");
    }

    @Test
    void anAddressInBothListsIsOneRecipient() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", addresses("to", 50));
        keys.put("REPORT_CEO_CC", addresses("to", 10));

        assertThat(DeliveryConfig.from(keys, SOURCE, List.of(report("ceo"))).totalRecipients()).isEqualTo(50);
    }

    @Test
    void theQuotaIsCountedInRecipientsOfEverySelectedReport() {
        Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com, chief@example.com");
        keys.put("REPORT_CEO_CC", "board@example.com");
        keys.put("REPORT_CFO_TO", "cfo@example.com");
        keys.put("AUDIT_BCC_ADDRESS", "audit@example.com");

        DeliveryConfig config = DeliveryConfig.from(keys, SOURCE, List.of(report("ceo"), report("cfo")));

        assertThat(config.totalRecipients()).isEqualTo(4 + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Frankfurt", "us-east-1a", "US-EAST-1", "sk_" + "live_notaregion0123456789"})
    void anSesRegionThatIsNoRegionNameStopsTheRunWithoutRepeatingIt(String region) {
        Map<String, String> keys = withSender("REPORT_CEO_TO", "ceo@example.com");
        keys.put("SES_REGION", region);

        assertProblem(keys, List.of(report("ceo")))
                .hasMessage(SOURCE + ": SES_REGION: not an AWS region name (such as us-east-1)");
    }

    private static String addresses(String prefix, int count) {
        return String.join(",", java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> prefix + i + "@example.com").toList());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertProblem(Map<String, String> keys,
                                                                                  List<ReportDefinition> selected) {
        return assertThatThrownBy(() -> DeliveryConfig.from(keys, SOURCE, selected))
                .isInstanceOf(ConfigurationException.class);
    }

    private static Map<String, String> withSender(String key, String value) {
        return keys("SES_SENDER_ADDRESS", "reports@example.com", key, value);
    }

    private static Map<String, String> keys(String... keysAndValues) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            keys.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return keys;
    }

    private static ReportDefinition report(String id) {
        return new ReportDefinition(id, Persona.CEO, "CEO", List.of("jada"), false, "{title} report: {period}", 2);
    }
}
