package com.execreports.application.port;

import java.io.IOException;

/**
 * Tells the owner that a report did not reach someone and will not by itself: a permanent bounce,
 * a complaint, a rejection. The text names the report and the configuration key of the recipient,
 * never an address.
 */
public interface DeliveryAlarm {
    void raise(String subject, String message) throws IOException;
}
