package com.execreports.bench;

/** The cold-start floor: a JVM that starts, prints and exits. */
public final class HelloFloor {
    private HelloFloor() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
