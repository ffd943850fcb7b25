package dev.sluice.environment.service;

/**
 * What an environment that starts the service (as a process or a container) needs to know in
 * either case: the port it serves on and what the systems are handed as its address once it is ready.
 */
public interface RunsAsServer extends ServicePlugin {

    /** The port it listens on inside its container; locally it is told a free port instead. */
    int port();

    /**
     * The address systems look up (e.g. a URL record), where it answers at {@code host:port} —
     * as the tests or as the engine reach it — with the run's credentials.
     */
    Object address(String host, int port, Credentials credentials);
}
