package fr.maillage.api;

/** A malformed request parameter: answered 400 with a JSON message naming it. */
public class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
