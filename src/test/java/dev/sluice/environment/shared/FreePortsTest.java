package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void readsTheStartOfLinuxsEphemeralRange() {
        assertThat(FreePorts.ephemeralStart("32768\t60999\n")).contains(32768);
        assertThat(FreePorts.ephemeralStart("1024 65535")).contains(1024);
        assertThat(FreePorts.ephemeralStart("")).isEmpty();
        assertThat(FreePorts.ephemeralStart("not a range")).isEmpty();
    }

    @Test
    void handsOutDistinctBindablePortsBelowTheEphemeralRange() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = Files.isReadable(range)
                ? FreePorts.ephemeralStart(String.join(" ", Files.readAllLines(range)))
                        .orElse(Integer.MAX_VALUE)
                : Integer.MAX_VALUE;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.next();
            if (ephemeralStart > FreePorts.LOWEST) {
                assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
                assertThat(port).isBetween(FreePorts.LOWEST, ephemeralStart - 1);
            }
            try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(listener.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
