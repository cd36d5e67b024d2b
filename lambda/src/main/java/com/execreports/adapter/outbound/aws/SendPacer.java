package com.execreports.adapter.outbound.aws;

import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Keeps SES sends at or under the account's maximum send rate ({@code MaxSendRate} of
 * GetSendQuota), which SES counts in recipients per second: a message goes out when its turn
 * comes, and the next one waits as long as this one's recipients take at that rate (a message to
 * three recipients at 14 per second holds the next one back 214 ms). SES tolerates short bursts
 * above the rate; the pacer never relies on that.
 *
 * <p>The entry point that builds a transport passes its pacer explicitly: the run's own at the
 * account's rate ({@link #at}), a fan-out worker's at its share of it ({@link #share}). One pacer
 * per run or per worker container; its time comes from a {@link Ticker}, so tests run at full speed.
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

    /** A pacer that never waits: a transport nothing needs to slow down (tests, the outbox). */
    public static final SendPacer UNPACED = new SendPacer(Ticker.SYSTEM, () -> 0, false);

    private final Ticker ticker;
    private final DoubleSupplier rate;
    private final boolean shared;
    private double recipientsPerSecond = Double.NaN;
    private boolean started;
    private long nextTurn;

    private SendPacer(Ticker ticker, DoubleSupplier rate, boolean shared) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.shared = shared;
    }

    /**
     * Paces one sender at {@code recipientsPerSecond}, read once, when the first message waits for
     * its turn (so a run that sends nothing never asks); zero, negative or not a number: no pacing.
     * The first message goes at once, each next one when the previous one's recipients are paid for.
     */
    public static SendPacer at(Ticker ticker, DoubleSupplier recipientsPerSecond) {
        return new SendPacer(ticker, recipientsPerSecond, false);
    }

    /**
     * Paces one of {@code senders} that send at the same time against one account, each at an even
     * share of {@code accountRate} (recipients per second, read once at the first message). Each
     * message waits for its own recipients' time before it goes, the first one too, so however the
     * senders' starts and messages fall, together they never send more than the account's rate
     * times the time since the first of them began: the fan-out workers, in separate containers
     * with nothing shared but the account, cannot burst past it even at the start.
     */
    public static SendPacer share(Ticker ticker, DoubleSupplier accountRate, int senders) {
        if (senders < 1) {
            throw new IllegalArgumentException("senders must be 1 or more, not " + senders);
        }
        return new SendPacer(ticker, () -> accountRate.getAsDouble() / senders, true);
    }

    /** The rate in recipients per second, read on first use; 0 when nothing is paced. */
    synchronized double recipientsPerSecond() {
        if (Double.isNaN(recipientsPerSecond)) {
            double r = rate.getAsDouble();
            recipientsPerSecond = Double.isFinite(r) && r > 0 ? r : 0;
        }
        return recipientsPerSecond;
    }

    /** Waits for the next message's turn and books the time its {@code recipients} take. */
    synchronized void awaitTurn(int recipients) throws InterruptedException {
        double perSecond = recipientsPerSecond();
        if (perSecond <= 0) {
            return;
        }
        long cost = (long) Math.ceil(recipients * 1e9 / perSecond);
        long now = ticker.nanoTime();
        if (!started) {
            started = true;
            nextTurn = now;
        }
        // nanoTime values compare only by difference
        long due = shared ? nextTurn + cost : nextTurn;
        if (due - now > 0) {
            ticker.sleep(due - now);
            now = ticker.nanoTime();
        }
        nextTurn = shared ? now : now + cost;
    }
}
