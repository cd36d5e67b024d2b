package com.execreports.adapter.outbound.aws;

import java.util.Objects;

/**
 * Keeps SES sends at or under the account's maximum send rate ({@code MaxSendRate} of
 * GetSendQuota), which SES counts in recipients per second: a message goes out when its turn
 * comes, and the next one waits as long as this one's recipients take at that rate (a message to
 * three recipients at 14 per second holds the next one back 214 ms). SES tolerates short bursts
 * above the rate; the pacer never relies on that. Until a rate is set nothing waits.
 *
 * <p>One pacer per run; its time comes from a {@link Ticker}, so tests run at full speed.
 */
public final class SendPacer {
    /** The pacer's view of time: the system's, or a test's that advances without sleeping. */
    public interface Ticker {
        long nanoTime();

        void sleep(long nanos) throws InterruptedException;

        /** {@link System#nanoTime()} and {@link Thread#sleep}. */
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    private final Ticker ticker;
    private double recipientsPerSecond;
    private boolean started;
    private long nextTurn;

    public SendPacer(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Sets the rate; zero, negative or not a number turns pacing off. */
    public synchronized void rate(double recipientsPerSecond) {
        this.recipientsPerSecond = Double.isFinite(recipientsPerSecond) ? recipientsPerSecond : 0;
    }

    /** Waits for the next message's turn, then books the time its {@code recipients} take. */
    public synchronized void awaitTurn(int recipients) throws InterruptedException {
        if (recipientsPerSecond <= 0) {
            return;
        }
        long now = ticker.nanoTime();
        long wait = nextTurn - now; // nanoTime values compare only by difference
        if (started && wait > 0) {
            ticker.sleep(wait);
            now = ticker.nanoTime();
        }
        started = true;
        nextTurn = now + (long) Math.ceil(recipients * 1e9 / recipientsPerSecond);
    }
}
