package com.execreports.application;

/** Exit statuses of SPEC §5. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int DELIVERY_FAILED = 3;

    private ExitCodes() {}
}
