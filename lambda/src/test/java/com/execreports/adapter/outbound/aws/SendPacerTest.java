package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sends spaced by recipients at the account's rate, in virtual time. */
class SendPacerTest {
    private final VirtualTicker ticker = new VirtualTicker();
    private final SendPacer pacer = new SendPacer(ticker);

    @Test
    void theFirstMessageGoesAtOnceAndEachNextWaitsForThePreviousRecipients() throws InterruptedException {
        pacer.rate(4); // recipients per second

        pacer.awaitTurn(2);
        pacer.awaitTurn(3);
        pacer.awaitTurn(1);
        pacer.awaitTurn(1);

        // 2 recipients take 500 ms at 4/s, 3 take 750 ms, 1 takes 250 ms
        assertThat(ticker.sleepsMillis()).containsExactly(500L, 750L, 250L);
    }

    @Test
    void timeAlreadySpentSendingCountsTowardsTheWait() throws InterruptedException {
        pacer.rate(2);

        pacer.awaitTurn(2);          // books 1 s
        ticker.advanceMillis(300);   // the send itself took 300 ms
        pacer.awaitTurn(1);
        ticker.advanceMillis(2_000); // a slow build of the next report
        pacer.awaitTurn(1);

        assertThat(ticker.sleepsMillis()).containsExactly(700L);
    }

    @Test
    void noRateNoWait() throws InterruptedException {
        pacer.awaitTurn(50);
        pacer.awaitTurn(50);
        pacer.rate(0);
        pacer.awaitTurn(50);
        pacer.rate(Double.NaN);
        pacer.awaitTurn(50);

        assertThat(ticker.sleepsMillis()).isEmpty();
    }

    @Test
    void aRunOfTwentyRecipientsAtFourteenASecondTakesUnderASecondAndAHalf() throws InterruptedException {
        pacer.rate(14);
        int[] sampleRun = {3, 2, 4, 2, 2, 2, 2, 3}; // the sample data's eight reports, audit copy included

        for (int recipients : sampleRun) {
            pacer.awaitTurn(recipients);
        }

        // everything but the last message's recipients: 17 at 14/s
        assertThat(ticker.totalSleptMillis()).isBetween(1213L, 1215L);
    }
}
