package eu.digitalpartnership.kg.extract;

/** Input that cannot be read: a missing folder, an empty, binary or non-UTF-8 file, a malformed sidecar. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message is the one line shown to the user. */
    public InputException(String message) {
        super(message);
    }
}
