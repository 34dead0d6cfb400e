package entente.util;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JitWarmupTest {
    /** Polls until the process counts as warm; the limit makes this a few seconds at most. */
    static void awaitWarm() throws InterruptedException {
        long deadline = System.nanoTime() + 6_000_000_000L;
        while (!JitWarmup.warm() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(JitWarmup.warm(), "the process is warm within the four-second limit");
    }

    @Test
    void onceWarmJobsRunOnThePoolAndStayInOrder() throws InterruptedException {
        awaitWarm();
        List<String> threads = ParallelMap.map(16, 2, i -> i + " " + Thread.currentThread().getName());
        for (int i = 0; i < threads.size(); i++) {
            assertTrue(threads.get(i).startsWith(i + " "), threads.toString());
        }
        assertTrue(threads.stream().allMatch(t -> t.endsWith("entente-worker")), threads.toString());
        assertTrue(JitWarmup.warm(), "warm once, warm for good");
    }
}
