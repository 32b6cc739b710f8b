package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.extract.InputException;
import java.nio.file.Path;

/** A persistent store folder that another process holds open: the user's to resolve, not a fault of the program. */
public final class StoreInUseException extends InputException {
    private static final long serialVersionUID = 1L;

    /** The store in the folder is in use by another process. */
    public StoreInUseException(Path dir) {
        super("Store " + dir + " is in use by another process");
    }
}
