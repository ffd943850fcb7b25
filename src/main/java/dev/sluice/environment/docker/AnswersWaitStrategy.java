package dev.sluice.environment.docker;

import dev.sluice.environment.service.Readiness;
import java.time.Duration;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A service plug-in's {@link Readiness.Answers} in a container: its port listens, then its check
 * holds at the address the tests reach it through (the mapped port).
 */
final class AnswersWaitStrategy extends AbstractWaitStrategy {
    private final Readiness.Answers answers;
    private final int port;
    /** The address the tests reach for a mapped port. */
    private final IntFunction<Object> addressAt;

    AnswersWaitStrategy(Readiness.Answers answers, int port, IntFunction<Object> addressAt) {
        this.answers = answers;
        this.port = port;
        this.addressAt = addressAt;
    }

    @Override
    protected void waitUntilReady() {
        Wait.forListeningPort().withStartupTimeout(startupTimeout).waitUntilReady(waitStrategyTarget);
        Object address = addressAt.apply(waitStrategyTarget.getMappedPort(port));
        Awaitility.await(answers.description())
                .atMost(startupTimeout)
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> answers.check().answers(address));
    }
}
