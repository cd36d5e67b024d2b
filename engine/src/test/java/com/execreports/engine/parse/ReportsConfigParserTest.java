package com.execreports.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.ConfigurationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SPEC §2: reports.yml is read strictly, and every problem names {@code reports.yml line N}. */
class ReportsConfigParserTest {
    private static final String PERSONAS = "ceo, cto, accounting, cmo, cfo, stakeholder";

    private final ReportsConfigParser parser = new ReportsConfigParser();

    @Nested
    class Reports {
        @Test
        void aValidFileGivesEveryReportInFileOrderWithItsLine() {
            ReportsConfig config = parse("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: [jada, acme]
                        subject: "CEO report: {period}"
                      - id: rental-3028-51st
                        persona: stakeholder
                        title: 3028 51st St Rental
                        entities: [rental-3028-51st]
                    """);

            assertThat(config.reports()).extracting(ReportDefinition::id).containsExactly("ceo", "rental-3028-51st");
            ReportDefinition ceo = config.reports().get(0);
            assertThat(ceo.persona()).isEqualTo(Persona.CEO);
            assertThat(ceo.entities()).containsExactly("jada", "acme");
            assertThat(ceo.allEntities()).isFalse();
            assertThat(ceo.line()).isEqualTo(2);
            assertThat(ceo.subjectFor("2026-10")).isEqualTo("CEO report: 2026-10");
            assertThat(config.reports().get(1).line()).isEqualTo(6);
            assertThat(config.reports().get(1).subjectFor("2026-10"))
                    .isEqualTo("3028 51st St Rental 2026-10: headline");
            assertThat(config.policies()).isEqualTo(Policies.DEFAULTS);
        }

        @Test
        void entitiesAllMeansEveryEntity() {
            ReportDefinition report = only(parse("""
                    reports:
                      - id: cfo
                        persona: cfo
                        entities: all
                    """));

            assertThat(report.allEntities()).isTrue();
            assertThat(report.entities()).isEmpty();
        }

        @Test
        void aPersonaReportWithoutTitleOrSubjectIsNamedAfterItsPersona() {
            ReportDefinition report = only(parse("""
                    reports:
                      - id: cto
                        persona: cto
                        entities: [acme]
                    """));

            assertThat(report.title()).isEqualTo("CTO");
            assertThat(report.subjectFor("2026-10", "net +$1")).isEqualTo("CTO 2026-10: net +$1");
        }

        @Test
        void aStakeholderReportWithoutTitleOrSubjectIsNamedAfterItsEntity() {
            ReportDefinition report = only(parse("""
                    reports:
                      - id: owners
                        persona: stakeholder
                        entities: [acme]
                    """));

            assertThat(report.title()).isEqualTo("acme");
            assertThat(report.subjectFor("2026-10")).isEqualTo("acme 2026-10: headline");
        }

        @Test
        void bothPlaceholdersAreReplacedInAGivenSubject() {
            ReportDefinition report = only(parse("""
                    reports:
                      - id: owners
                        persona: stakeholder
                        title: Acme Owners
                        entities: [acme]
                        subject: "{title} | {period} | {title}"
                    """));

            assertThat(report.subjectFor("2026-10")).isEqualTo("Acme Owners | 2026-10 | Acme Owners");
        }

        @Test
        void anUnknownPersonaNamesTheReportAndItsLine() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: all
                      - id: boss
                        persona: chairman
                        entities: [acme]
                    """).hasMessage("reports.yml line 5: report 'boss': persona must be one of " + PERSONAS);
        }

        @Test
        void anUnknownKeyInAReportIsAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        colour: blue
                        entities: all
                    """).hasMessage("reports.yml line 2: report has an unknown key 'colour'");
        }

        @Test
        void anUnknownKeyAtTheTopIsAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: all
                    recipients: [ceo@example.com]
                    """).hasMessage("reports.yml line 5: unknown key 'recipients' (expected 'reports', 'policies', 'roadmap' or 'max_entities_shown')");
        }

        @Test
        void aDuplicateIdNamesTheLineOfTheSecond() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: all
                      - id: ceo
                        persona: cfo
                        entities: all
                    """).hasMessage("reports.yml line 5: duplicate report id 'ceo'");
        }

        @Test
        void anIdInUpperCaseIsAnError() {
            assertProblem("""
                    reports:
                      - id: CEO
                        persona: ceo
                        entities: all
                    """).hasMessage("reports.yml line 2: report 'id' is missing or not [a-z0-9-]+");
        }

        @Test
        void aMissingIdIsAnError() {
            assertProblem("""
                    reports:
                      - persona: ceo
                        entities: all
                    """).hasMessage("reports.yml line 2: report 'id' is missing or not [a-z0-9-]+");
        }

        @Test
        void emptyEntitiesAreAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: []
                    """).hasMessage("reports.yml line 2: report 'ceo': 'entities' must be a non-empty list of entity"
                    + " ids or 'all'");
        }

        @Test
        void missingEntitiesAreAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                    """).hasMessage("reports.yml line 2: report 'ceo': 'entities' must be a non-empty list of entity"
                    + " ids or 'all'");
        }

        @Test
        void anEntityIdThatIsNotLowerCaseIsAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: [jada, Acme]
                    """).hasMessage("reports.yml line 2: report 'ceo': entity ids must be [a-z0-9-]+");
        }

        @Test
        void anEntityListedTwiceIsAnError() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo
                        entities: [jada, jada]
                    """).hasMessage("reports.yml line 2: report 'ceo': an entity is listed twice");
        }

        @Test
        void aStakeholderWithTwoEntitiesIsAnError() {
            assertProblem("""
                    reports:
                      - id: owners
                        persona: stakeholder
                        entities: [acme, jada]
                    """).hasMessage("reports.yml line 2: report 'owners': a stakeholder report is scoped to exactly"
                    + " one entity");
        }

        @Test
        void aStakeholderOverAllEntitiesIsAnError() {
            assertProblem("""
                    reports:
                      - id: owners
                        persona: stakeholder
                        entities: all
                    """).hasMessage("reports.yml line 2: report 'owners': a stakeholder report is scoped to exactly"
                    + " one entity");
        }

        @Test
        void everyProblemIsReportedInOnePass() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: chairman
                        entities: all
                      - id: cfo
                        persona: cfo
                        entities: []
                    """).hasMessage("reports.yml line 2: report 'ceo': persona must be one of " + PERSONAS + "\n"
                    + "reports.yml line 5: report 'cfo': 'entities' must be a non-empty list of entity ids or 'all'");
        }

        @Test
        void aFileWithoutAReportsListIsAnError() {
            assertProblem("""
                    policies:
                      min_revenue_per_hire: 4000
                    """).hasMessage("reports.yml: no 'reports:' list");
        }
    }

    @Nested
    class PoliciesBlock {
        @Test
        void aPartialBlockIsCompletedWithTheDefaults() {
            ReportsConfig config = parse("""
                    reports:
                      - id: cfo
                        persona: cfo
                        entities: all
                    policies:
                      max_infra_spend_per_entity: 250
                    """);

            assertThat(config.policies()).isEqualTo(new Policies(new BigDecimal("250"),
                    Policies.DEFAULTS.marketingRequiresAttribution(), Policies.DEFAULTS.minRevenuePerHire()));
        }

        @Test
        void everyPolicyCanBeSet() {
            ReportsConfig config = parse("""
                    policies:
                      max_infra_spend_per_entity: 80.5
                      marketing_requires_attribution: false
                      min_revenue_per_hire: 7000
                    reports:
                      - id: cfo
                        persona: cfo
                        entities: all
                    """);

            assertThat(config.policies().maxInfraSpendPerEntity()).isEqualByComparingTo("80.5");
            assertThat(config.policies().marketingRequiresAttribution()).isFalse();
            assertThat(config.policies().minRevenuePerHire()).isEqualByComparingTo("7000");
        }

        @Test
        void policiesThatAreNotAMappingAreAnError() {
            assertProblem(reportsThen("""
                    policies: [100, true, 5000]
                    """)).hasMessage("reports.yml line 5: 'policies' must be a mapping");
        }

        @Test
        void aPolicyAmountThatIsNotANumberIsAnError() {
            assertProblem(reportsThen("""
                    policies:
                      max_infra_spend_per_entity: a hundred
                    """)).hasMessage("reports.yml line 5: policies.max_infra_spend_per_entity must be a number of"
                    + " dollars per month");
        }

        @Test
        void aNegativePolicyAmountIsAnError() {
            assertProblem(reportsThen("""
                    policies:
                      min_revenue_per_hire: -1
                    """)).hasMessage("reports.yml line 5: policies.min_revenue_per_hire must be a number of dollars"
                    + " per month");
        }

        @Test
        void anAttributionRuleThatIsNotABooleanIsAnError() {
            assertProblem(reportsThen("""
                    policies:
                      marketing_requires_attribution: "sometimes"
                    """)).hasMessage("reports.yml line 5: policies.marketing_requires_attribution must be true or"
                    + " false");
        }

        @Test
        void anUnknownPolicyIsAnError() {
            assertProblem(reportsThen("""
                    policies:
                      max_payroll: 100
                    """)).hasMessage("reports.yml line 5: policies has an unknown key 'max_payroll'");
        }

        private static String reportsThen(String policies) {
            return """
                    reports:
                      - id: cfo
                        persona: cfo
                        entities: all
                    """ + policies;
        }
    }

    @Nested
    class NotYaml {
        @Test
        void invalidYamlNamesItsLine() {
            assertProblem("""
                    reports:
                      - id: ceo
                        persona: ceo: cfo
                        entities: all
                    """).message().startsWith("reports.yml line 3: not valid YAML");
        }

        @Test
        void invalidYamlAtTheStartOfALineNamesThatLine() {
            assertProblem("reports:\n  - id: ceo\n    persona: ceo\n\tentities: all\n")
                    .message().startsWith("reports.yml line 4: not valid YAML");
        }

        @Test
        void aFileThatIsNotAMappingIsAnError() {
            assertProblem("""
                    just some text
                    """).hasMessage("reports.yml: expected 'reports:' and optional 'policies:' at the top");
        }
    }

    private ReportsConfig parse(String yaml) {
        return parser.parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static ReportDefinition only(ReportsConfig config) {
        assertThat(config.reports()).hasSize(1);
        return config.reports().get(0);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertProblem(String yaml) {
        return assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigurationException.class);
    }
}
