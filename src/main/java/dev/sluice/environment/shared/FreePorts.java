package dev.sluice.environment.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports chosen at run time, so that runs never collide on fixed ports.
 *
 * <p>They are chosen below the kernel's ephemeral range where it is known (Linux). A port from that
 * range that is free when chosen can become the local end of any outgoing connection (a Kafka
 * client's, say) in the seconds before the child that is to listen on it binds it, and the child
 * then exits with "address already in use": a schema registry started mid-run did so in CI.
 */
public final class FreePorts {
    /** Below this sit the well-known and commonly configured ports of other software. */
    static final int LOWEST = 10_000;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 100;
    /** Ports this JVM handed out: two children not yet listening must not be given the same one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    /** Read once: the kernel's setting does not change under a run. */
    private static final int EPHEMERAL_START = ephemeralStart().orElse(LOWEST);

    private FreePorts() {}

    public static int next() {
        for (int attempt = 0; attempt < ATTEMPTS && EPHEMERAL_START > LOWEST; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, EPHEMERAL_START);
            if (bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return anyFree();
    }

    /** The first port of the ephemeral range from the text of Linux's ip_local_port_range ("32768\t60999"). */
    static Optional<Integer> ephemeralStart(String rangeText) {
        String[] bounds = rangeText.trim().split("\\s+");
        try {
            return bounds.length == 2 ? Optional.of(Integer.parseInt(bounds[0])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // Read by lines: /proc files report a size of 0, and readString stops short of their text.
    private static Optional<Integer> ephemeralStart() {
        try {
            return Files.isReadable(EPHEMERAL_RANGE)
                    ? ephemeralStart(String.join(" ", Files.readAllLines(EPHEMERAL_RANGE)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
