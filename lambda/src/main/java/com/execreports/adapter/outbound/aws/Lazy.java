package com.execreports.adapter.outbound.aws;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value built on first use, at most once, safely across threads. */
final class Lazy<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }

    void ifBuilt(Consumer<T> action) {
        T v = value;
        if (v != null) {
            action.accept(v);
        }
    }
}
