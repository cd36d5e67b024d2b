package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sends spaced by recipients at the account's rate, in virtual time. */
class SendPacerTest {
    private final VirtualTicker ticker = new VirtualTicker();

    @Test
    void theFirstMessageGoesAtOnceAndEachNextWaitsForThePreviousRecipients() throws InterruptedException {
        SendPacer pacer = SendPacer.at(ticker, () -> 4); // recipients per second

        pacer.awaitTurn(2);
        pacer.awaitTurn(3);
        pacer.awaitTurn(1);
        pacer.awaitTurn(1);

        // 2 recipients take 500 ms at 4/s, 3 take 750 ms, 1 takes 250 ms
        assertThat(ticker.sleepsMillis()).containsExactly(500L, 750L, 250L);
    }

    @Test
    void timeAlreadySpentSendingCountsTowardsTheWait() throws InterruptedException {
        SendPacer pacer = SendPacer.at(ticker, () -> 2);

        pacer.awaitTurn(2);          // books 1 s
        ticker.advanceMillis(300);   // the send itself took 300 ms
        pacer.awaitTurn(1);
        ticker.advanceMillis(2_000); // a slow build of the next report
        pacer.awaitTurn(1);

        assertThat(ticker.sleepsMillis()).containsExactly(700L);
    }

    @Test
    void noRateNoWait() throws InterruptedException {
        for (double rate : new double[] {0, -1, Double.NaN}) {
            SendPacer pacer = SendPacer.at(ticker, () -> rate);
            pacer.awaitTurn(50);
            pacer.awaitTurn(50);
        }
        SendPacer.UNPACED.awaitTurn(50);

        assertThat(ticker.sleepsMillis()).isEmpty();
    }

    @Test
    void theRateIsReadOnceAtTheFirstMessageNotBefore() throws InterruptedException {
        int[] reads = {0};
        SendPacer pacer = SendPacer.at(ticker, () -> {
            reads[0]++;
            return 4;
        });
        assertThat(reads[0]).isZero();

        pacer.awaitTurn(1);
        pacer.awaitTurn(1);

        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void aShareWaitsForItsOwnRecipientsBeforeEachMessageTheFirstToo() throws InterruptedException {
        SendPacer pacer = SendPacer.share(ticker, () -> 12, 3); // 4 recipients a second each

        pacer.awaitTurn(2);
        pacer.awaitTurn(1);
        ticker.advanceMillis(1_000); // a slow build: the next message's time is already paid
        pacer.awaitTurn(4);

        assertThat(ticker.sleepsMillis()).containsExactly(500L, 250L);
    }

    @Test
    void aRunOfTwentyRecipientsAtFourteenASecondTakesUnderASecondAndAHalf() throws InterruptedException {
        SendPacer pacer = SendPacer.at(ticker, () -> 14);
        int[] sampleRun = {3, 2, 4, 2, 2, 2, 2, 3}; // the sample data's eight reports, audit copy included

        for (int recipients : sampleRun) {
            pacer.awaitTurn(recipients);
        }

        // everything but the last message's recipients: 17 at 14/s
        assertThat(ticker.totalSleptMillis()).isBetween(1213L, 1215L);
    }
}
