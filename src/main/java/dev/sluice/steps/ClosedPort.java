package dev.sluice.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port where nothing listens (it was free a moment ago): where a fault sends the engine. */
final class ClosedPort {
    private ClosedPort() {}

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port to point the engine at", e);
        }
    }
}
