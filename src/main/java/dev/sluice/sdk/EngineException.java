package dev.sluice.sdk;

/** The pipeline engine answered a request with an error: carries the HTTP status and the body. */
public class EngineException extends RuntimeException {
    private final int status;
    private final String body;

    public EngineException(String request, int status, String body) {
        super(request + " answered HTTP " + status + ": " + Redactor.redact(body));
        this.status = status;
        this.body = Redactor.redact(body);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
