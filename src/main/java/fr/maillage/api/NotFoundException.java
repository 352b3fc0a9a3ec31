package fr.maillage.api;

/** An unknown territory, person or import: answered 404 with a JSON message. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
