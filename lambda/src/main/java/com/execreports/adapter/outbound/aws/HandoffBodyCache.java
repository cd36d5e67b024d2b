package com.execreports.adapter.outbound.aws;

import java.util.HashMap;
import java.util.Map;

/**
 * Handoff bodies kept for the life of a Lambda container, by S3 key and ETag. A fan-out worker
 * reads the whole portfolio for every report it builds; with this, a warm worker fetches only the
 * handoffs whose ETag changed since it last read them. A body is stored under the ETag of the
 * response that brought it, and served only when the current listing shows that same ETag, so a
 * changed handoff is always read again. Past {@code maxBytes} nothing more is kept.
 */
public final class HandoffBodyCache {
    /** Far above a portfolio's handoffs (each is at most 1 MiB), far below a worker's memory. */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

    private record Body(String etag, byte[] bytes) {}

    private final Map<String, Body> bodies = new HashMap<>();
    private final long maxBytes;
    private long bytes;

    public HandoffBodyCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public HandoffBodyCache() {
        this(DEFAULT_MAX_BYTES);
    }

    synchronized byte[] get(String key, String etag) {
        Body body = bodies.get(key);
        return body != null && body.etag().equals(etag) ? body.bytes().clone() : null;
    }

    synchronized void put(String key, String etag, byte[] content) {
        if (etag == null) {
            return;
        }
        Body old = bodies.remove(key);
        if (old != null) {
            bytes -= old.bytes().length;
        }
        if (bytes + content.length <= maxBytes) {
            bodies.put(key, new Body(etag, content.clone()));
            bytes += content.length;
        }
    }

    synchronized int size() {
        return bodies.size();
    }
}
