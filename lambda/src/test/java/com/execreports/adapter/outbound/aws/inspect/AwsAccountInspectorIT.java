package com.execreports.adapter.outbound.aws.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.domain.AccountObservations;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.AccountObservations.Resource;
import com.execreports.domain.Area;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Severity;
import com.execreports.domain.Warning;
import com.execreports.domain.ReportingPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inspector against a seeded account in the emulator: each finding lands on the entity its
 * resource is tagged for, untagged ones and account-wide ones on the unassigned group, the month's
 * cost per tag value, and no credential's value anywhere in what comes back.
 */
@ExtendWith(AwsEmulatorExtension.class)
class AwsAccountInspectorIT {
    static final ReportingPeriod OCTOBER = ReportingPeriod.of(2026, 10);
    static final String STRIPE_KEY = TestAccount.STRIPE_KEY;
    static final String DB_PASSWORD = TestAccount.DB_PASSWORD;

    private final AwsEmulator emulator;
    private final AwsClients clients;

    AwsAccountInspectorIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.clients = emulator.clients();
    }

    @BeforeEach
    void seedTheAccount() {
        assumeTrue(emulator.servesAccountInspection(), emulator.name() + " serves no Cost Explorer or WAFv2");
        emulator.reset();
        new TestAccount(emulator, clients).sampleBusinesses(OCTOBER);
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private AccountObservations inspect() {
        return new AwsAccountInspector(new InspectionClients(clients), clients.ses(null), "entity").inspect(OCTOBER);
    }

    @Test
    void eachFindingLandsOnTheEntityItsResourceIsTaggedFor() {
        AccountObservations observed = inspect();

        assertThat(observed.tagged().keySet()).containsExactlyInAnyOrder("jada", "queenofsandiego");
        assertThat(observed.tagged().get("jada").findings()).extracting(Finding::severity, Finding::area, Finding::text)
                .containsExactly(
                        tuple(Severity.CRITICAL, Area.SECURITY, "Lambda function 'jada-booking' holds a credential in"
                                + " environment variable STRIPE_SECRET_KEY (value not shown): move it to Secrets"
                                + " Manager or SSM Parameter Store and rotate it."),
                        tuple(Severity.HIGH, Area.ENGINEERING, "Lambda function 'jada-booking' runs on python3.8,"
                                + " which Lambda deprecated on 2024-10-14: it gets no security patches; move it to a"
                                + " supported runtime."),
                        tuple(Severity.MEDIUM, Area.INFRASTRUCTURE, "DynamoDB table 'jada-bookings' has no"
                                + " point-in-time recovery: a bad write or delete cannot be rolled back; turn it on."),
                        tuple(Severity.HIGH, Area.SECURITY, "No AWS WAF web ACL screens function URL of"
                                + " 'jada-booking' (no auth): add a web ACL (for a function URL, through CloudFront)"
                                + " and tag it entity=<entity>."));
        assertThat(observed.tagged().get("jada").findings()).allMatch(f -> f.source() == Finding.Source.ACCOUNT);
        // java21 is current, the table has PITR, an IAM-auth URL is not public
        assertThat(observed.tagged().get("queenofsandiego").findings()).isEmpty();
    }

    @Test
    void untaggedResourcesAndTheAccountItselfAreUnassigned() {
        Observed untagged = inspect().untagged();

        assertThat(untagged.findings()).extracting(Finding::severity, Finding::area).containsExactly(
                tuple(Severity.CRITICAL, Area.SECURITY), tuple(Severity.HIGH, Area.ENGINEERING),
                tuple(Severity.HIGH, Area.ENGINEERING));
        assertThat(untagged.findings().get(0).text()).contains("'legacy-cron'", "DB_PASSWORD");
        assertThat(untagged.findings().get(1).text()).contains("nodejs16.x", "2024-06-12");
        assertThat(untagged.findings().get(2).text()).isEqualTo("The SES account in us-east-1 is still in the"
                + " sandbox (24-hour quota 200): it delivers only to verified addresses; request production access.");
    }

    @Test
    void theInventoryNamesEveryResourceWithItsState() {
        AccountObservations observed = inspect();

        assertThat(observed.tagged().get("jada").resources()).extracting(Resource::kind, Resource::name, Resource::state)
                .containsExactly(
                        tuple("Lambda function", "jada-booking", "python3.8, public function URL (no auth)"),
                        tuple("DynamoDB table", "jada-bookings", "no point-in-time recovery"));
        assertThat(observed.tagged().get("queenofsandiego").resources()).extracting(Resource::state)
                .containsExactly("java21, function URL (AWS_IAM auth)", "point-in-time recovery on");
        assertThat(observed.untagged().resources()).extracting(Resource::kind, Resource::name, Resource::state)
                .containsExactly(
                        tuple("Lambda function", "legacy-cron", "nodejs16.x"),
                        tuple("SES identity", "reports@example.com", "verified"),
                        tuple("WAF web ACL", "shared-acl", "regional"));
    }

    @Test
    void theMonthsCostComesPerTagValueRoundedToCents() {
        AccountObservations observed = inspect();

        assertThat(observed.costObserved()).isTrue();
        assertThat(observed.tagged().get("jada").infraSpend()).isEqualByComparingTo("12.35");
        assertThat(observed.tagged().get("queenofsandiego").infraSpend()).isEqualByComparingTo("20");
        assertThat(observed.untagged().infraSpend()).isEqualByComparingTo("5.10");
    }

    @Test
    void noCredentialValueIsKeptAndEveryCallSucceeded() {
        AccountObservations observed = inspect();

        assertThat(observed.toString()).doesNotContain(STRIPE_KEY).doesNotContain(DB_PASSWORD);
        assertThat(observed.warnings()).extracting(Warning::message).isEmpty();
    }
}
