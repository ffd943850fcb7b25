package dev.sluice.environment.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Docker engine's API version, asked of the engine itself: docker-java's default is newer
 * than old engines accept (20.10 speaks 1.41), and hard-coding an old one breaks new engines
 * (29 needs at least 1.44).
 */
public final class DockerApi {
    private static final Path SOCKET = Path.of("/var/run/docker.sock");
    private static final Pattern API_VERSION = Pattern.compile("\"ApiVersion\"\\s*:\\s*\"([0-9.]+)\"");

    private DockerApi() {}

    /** Sets docker-java's {@code api.version} to the engine's, unless the user set one. Returns the version used. */
    public static Optional<String> configure() {
        String configured = System.getProperty("api.version");
        if (configured != null) {
            return Optional.of(configured);
        }
        Optional<String> detected = detect();
        detected.ifPresent(v -> System.setProperty("api.version", v));
        return detected;
    }

    static Optional<String> detect() {
        if (!Files.exists(SOCKET)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(SOCKET));
            channel.write(ByteBuffer.wrap(
                    "GET /version HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer) > 0) {
                if (!buffer.hasRemaining()) {
                    break;
                }
            }
            return parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> parse(String response) {
        Matcher m = API_VERSION.matcher(response);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
