package com.execreports.engine.mail;

import com.execreports.domain.ConfigurationException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict address parsing (SPEC §4, §7): bare RFC 5322 addresses only, no display names, no
 * groups, no CR or LF. Messages name the key and the position, never the value.
 */
public final class Addresses {
    private Addresses() {}

    public static String one(String key, String value) {
        List<String> list = list(key, value);
        if (list.size() != 1) {
            throw new ConfigurationException(key + ": expected exactly one email address");
        }
        return list.get(0);
    }

    public static List<String> list(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + ": no address given");
        }
        rejectLineBreaks(key, value);
        List<String> addresses = new ArrayList<>();
        String[] parts = value.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String token = parts[i].strip();
            if (!valid(token)) {
                throw new ConfigurationException(key + ": address " + (i + 1) + " of " + parts.length
                        + " is not a plain email address (name@domain, no display name)");
            }
            addresses.add(token);
        }
        return addresses;
    }

    public static void rejectLineBreaks(String what, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new ConfigurationException(what + ": contains a line break, which is not allowed in a mail header");
        }
    }

    private static boolean valid(String token) {
        if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(token, true);
            address.validate();
            return address.getPersonal() == null && token.equals(address.getAddress()) && !address.isGroup()
                    && token.indexOf('@') > 0 && token.lastIndexOf('.') > token.indexOf('@');
        } catch (AddressException e) {
            return false;
        }
    }
}
