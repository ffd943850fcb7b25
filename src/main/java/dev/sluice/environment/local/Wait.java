package dev.sluice.environment.local;

import dev.sluice.sdk.ConnectAccess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** Small readiness checks, one per kind of signal a service gives when it is ready. */
public final class Wait {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Wait() {}

    /** A readiness check: {@code true} once ready; exceptions count as "not yet". */
    public interface Strategy {
        String description();

        boolean isReady(ChildJvm process) throws Exception;
    }

    public static Strategy forHttp(URI url) {
        return forHttp(url, ConnectAccess.OPEN);
    }

    /** HTTP 200, asking with the credentials a secured API wants. */
    public static Strategy forHttp(URI url, ConnectAccess access) {
        // One client for every poll: a trusting one reads the trust store when it is built.
        HttpClient client = access.trustStore() == null ? HTTP : access.httpClient(Duration.ofSeconds(2));
        return strategy("HTTP 200 from " + url, p -> {
            HttpRequest request = access.get(url, Duration.ofSeconds(2)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    public static Strategy forListeningPort(String host, int port) {
        return strategy("a listener on " + host + ":" + port, p -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public static Strategy forLogMessage(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return strategy("a log line matching /" + regex + "/", p -> {
            try (var lines = Files.lines(p.logFile())) {
                return lines.anyMatch(l -> pattern.matcher(l).find());
            }
        });
    }

    public static Strategy until(String description, Callable<Boolean> check) {
        return strategy(description, p -> check.call());
    }

    private interface Check {
        boolean test(ChildJvm process) throws Exception;
    }

    private static Strategy strategy(String description, Check check) {
        return new Strategy() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public boolean isReady(ChildJvm process) throws Exception {
                return check.test(process);
            }
        };
    }
}
