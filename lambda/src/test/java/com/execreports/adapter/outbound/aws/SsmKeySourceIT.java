package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

@ExtendWith(AwsEmulatorExtension.class)
class SsmKeySourceIT {
    private static AwsClients clients;
    private static SsmClient ssm;

    @BeforeAll
    static void parameters(AwsEmulator emulator) {
        clients = emulator.clients();
        ssm = clients.ssm();
        // more than one page: GetParametersByPath returns at most 10 parameters per call
        IntStream.range(0, 12).forEach(i -> put("/exec-reports/REPORT_R" + i + "_TO", "r" + i + "@example.com",
                ParameterType.STRING));
        put("/exec-reports/SES_SENDER_ADDRESS", "reports@example.com", ParameterType.SECURE_STRING);
        put("/exec-reports/team/AUDIT_BCC_ADDRESS", "audit@example.com", ParameterType.STRING);
        put("/exec-reports-old/SES_SENDER_ADDRESS", "old@example.com", ParameterType.STRING);
        put("/other/SES_SENDER_ADDRESS", "other@example.com", ParameterType.STRING);
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    private static void put(String name, String value, ParameterType type) {
        ssm.putParameter(r -> r.name(name).value(value).type(type));
    }

    @Test
    void readsEveryParameterUnderThePathRecursivelyAndDecrypted() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        IntStream.range(0, 12).forEach(i -> expected.put("REPORT_R" + i + "_TO", "r" + i + "@example.com"));
        expected.put("SES_SENDER_ADDRESS", "reports@example.com");
        expected.put("team/AUDIT_BCC_ADDRESS", "audit@example.com");

        assertThat(new SsmKeySource(ssm, "/exec-reports/").load()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void thePathMayOmitItsSlashes() throws IOException {
        SsmKeySource source = new SsmKeySource(ssm, "exec-reports");

        assertThat(source.describe()).isEqualTo("ssm:/exec-reports/");
        assertThat(source.load()).containsEntry("SES_SENDER_ADDRESS", "reports@example.com").hasSize(14);
    }

    @Test
    void namesThatDifferOnlyByCaseAreAConfigurationErrorNamingBothButNoValue() {
        // issue 16: which of the two was meant is never guessed (SSM names are case-sensitive)
        put("/twice/REPORT_CEO_TO", "ceo@example.com", ParameterType.STRING);
        put("/twice/report_ceo_to", "someone-else@example.com", ParameterType.SECURE_STRING);

        assertThatThrownBy(() -> new SsmKeySource(ssm, "/twice/").load()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("REPORT_CEO_TO").hasMessageContaining("report_ceo_to")
                .hasMessageContaining("differ only by case").hasMessageNotContaining("@example.com");
    }

    @Test
    void anEmptyPathGivesNoKeys() throws IOException {
        assertThat(new SsmKeySource(ssm, "/nothing-here/").load()).isEmpty();
    }
}
