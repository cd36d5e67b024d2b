package com.execreports.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.ConfigurationSetEventDestinationOptions;
import software.amazon.awscdk.services.ses.EmailSendingEvent;
import software.amazon.awscdk.services.ses.EventDestination;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Delivery you can see after the send: the SES configuration set every send names, its event
 * destination (the account's default EventBridge bus), the rule that picks this set's delivery,
 * bounce, complaint, reject, rendering-failure and delivery-delay events off the bus, and the small
 * function (same jar) that records each in the ledger and publishes a permanent bounce or a
 * complaint to the alarm topic.
 */
final class DeliveryEvents extends Construct {
    static final String CONFIGURATION_SET_NAME = ExecReportsStack.FUNCTION_NAME;
    static final String FUNCTION_NAME = ExecReportsStack.FUNCTION_NAME + "-delivery-events";
    static final String HANDLER = FunctionNames.DELIVERY_EVENTS_HANDLER;
    static final String RECORD_EVENTS = "RecordDeliveryEventsInLedger";
    static final String ALARM_ON_BOUNCES = "PublishBounceAndComplaintAlarms";
    /** The SES events of a report's fate; Send, Open, Click and Subscription say nothing about it. */
    static final List<EmailSendingEvent> EVENTS = List.of(EmailSendingEvent.DELIVERY, EmailSendingEvent.BOUNCE,
            EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT, EmailSendingEvent.RENDERING_FAILURE,
            EmailSendingEvent.DELIVERY_DELAY);
    /** The same events as EventBridge names them (detail-type). */
    static final List<String> DETAIL_TYPES = List.of("Email Delivered", "Email Bounced", "Email Complaint Received",
            "Email Rejected", "Email Rendering Failed", "Email Delivery Delayed");

    private final ConfigurationSet configurationSet;
    private final Function function;
    private final Rule rule;

    DeliveryEvents(Construct scope, String id, ExecReportsConfig config, IBucket bucket, Code code, ITopic alarmTopic,
                   IQueue failureQueue) {
        super(scope, id);
        Stack stack = Stack.of(this);
        IEventBus defaultBus = EventBus.fromEventBusName(this, "DefaultBus", "default");
        this.configurationSet = ConfigurationSet.Builder.create(this, "ConfigurationSet")
                .configurationSetName(CONFIGURATION_SET_NAME)
                .build();
        configurationSet.addEventDestination("ToEventBridge", ConfigurationSetEventDestinationOptions.builder()
                .configurationSetEventDestinationName("exec-reports-to-eventbridge")
                .destination(EventDestination.eventBus(defaultBus))
                .events(EVENTS)
                .build());

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + FUNCTION_NAME)
                .retention(config.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(this, "Role")
                .description("exec-reports delivery events: record SES events in the ledger, alarm on bounces")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .inlinePolicies(Map.of("exec-reports-delivery-events",
                        FunctionPolicy.deliveryEventsDocument(stack, config, bucket, logs, alarmTopic)))
                .build();
        this.function = Function.Builder.create(this, "Function")
                .functionName(FUNCTION_NAME)
                .description("Records SES delivery, bounce and complaint events of the reports in the ledger")
                .runtime(Runtime.JAVA_21)
                .handler(HANDLER)
                .code(code)
                .memorySize(512)
                .timeout(Duration.seconds(60))
                .role(role)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .environment(Map.of(
                        FunctionNames.HANDOFF_BUCKET, bucket.getBucketName(),
                        FunctionNames.LEDGER_PREFIX, config.ledgerPrefix(),
                        FunctionNames.CONFIG_SSM_PREFIX, config.configPrefix(),
                        FunctionNames.ALARM_TOPIC_ARN, alarmTopic.getTopicArn(),
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))
                // Lambda's own retries of the asynchronous invoke; what still fails waits in the failure queue
                .retryAttempts(2)
                .onFailure(new SqsDestination(failureQueue))
                .build();

        this.rule = Rule.Builder.create(this, "Rule")
                .description("SES delivery events of the exec-reports configuration set")
                .eventBus(defaultBus)
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.ses"))
                        .detailType(DETAIL_TYPES)
                        .detail(Map.of("mail", Map.of("tags", Map.of("ses:configuration-set",
                                List.of(CONFIGURATION_SET_NAME)))))
                        .build())
                .targets(List.of(LambdaFunction.Builder.create(function)
                        .retryAttempts(8)
                        .maxEventAge(Duration.hours(24))
                        .deadLetterQueue(failureQueue)
                        .build()))
                .build();
    }

    ConfigurationSet configurationSet() {
        return configurationSet;
    }

    Function function() {
        return function;
    }

    Rule rule() {
        return rule;
    }
}
