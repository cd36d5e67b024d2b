package com.execreports.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Builds and renders the next reports while the current one is archived and delivered: tasks
 * {@code 0..count-1} run on a few daemon threads, at most {@code threads + 1} ahead of the one
 * taken, so that memory holds a handful of reports, never the run. Results are taken in order, so
 * delivery order and the summary are those of reports.yml. With one task or one thread, tasks run
 * on the caller's thread.
 *
 * <p>Threads: {@code -Dexecreports.renderThreads=N}, by default the available processors, at most 4.
 */
final class RenderingPool<T> implements AutoCloseable {
    static final String THREADS_PROPERTY = "execreports.renderThreads";
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final IntFunction<T> task;
    private final int count;
    private final int window;
    private final ExecutorService executor;
    private final List<Future<T>> futures = new ArrayList<>();

    RenderingPool(int count, IntFunction<T> task) {
        this.task = task;
        this.count = count;
        int threads = Math.min(threads(), count);
        this.window = threads + 1;
        if (threads <= 1) {
            this.executor = null;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "render-" + pool + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    static int threads() {
        String configured = System.getProperty(THREADS_PROPERTY);
        if (configured != null && configured.matches("\\d+")) {
            return Math.max(1, Integer.parseInt(configured));
        }
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Task {@code i}'s result, computed here or awaited; its exception, as thrown. */
    T take(int i) {
        if (executor == null) {
            return task.apply(i);
        }
        while (futures.size() < Math.min(count, i + window)) {
            int next = futures.size();
            futures.add(executor.submit(() -> task.apply(next)));
        }
        Future<T> future = futures.get(i);
        futures.set(i, null); // taken: the pool keeps no reference to a delivered report
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a report was rendered", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
