package com.execreports.application.port;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.ReportingPeriod;

/**
 * The AWS account itself as a source of findings and figures, beside the handoffs: read-only, and
 * optional (a deployment turns it on). A check that cannot be made (a call denied, a service that
 * does not answer) is a warning in the observations, never a failed run.
 */
public interface AccountInspector {
    /** What is inspected, for messages: e.g. {@code aws:us-east-1}. */
    String describe();

    /** What the account shows for {@code period}; its cost is that month's. */
    AccountObservations inspect(ReportingPeriod period);
}
