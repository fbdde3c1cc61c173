package org.migportal.web.faces;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PortalException;

/**
 * A page action's call to a boundary. A refusal is shown as a message (see {@link Messages#error})
 * and the page stays as it is, so the user's input is kept and a dialog stays open.
 * <p>
 * A page that shows its own notice when someone else saved first ("your input is kept; reload")
 * passes {@code onConflict} to switch that notice on; it gets no message repeating the notice.
 */
public final class BoundaryCall {

    private BoundaryCall() {
    }

    /** The navigation outcome the call returns, or {@code null} (stay on the page) if it was refused. */
    public static String outcome(Supplier<String> call) {
        return outcome(call, null);
    }

    public static String outcome(Supplier<String> call, Runnable onConflict) {
        try {
            return call.get();
        } catch (PortalException | EJBException refusal) {
            if (onConflict != null && refusal instanceof ConflictException) {
                onConflict.run();
                Messages.failed();
            } else {
                Messages.error(refusal);
            }
            return null;
        }
    }

    /** For an Ajax action, which stays on the page either way. */
    public static void run(Runnable call) {
        run(call, null);
    }

    public static void run(Runnable call, Runnable onConflict) {
        outcome(() -> {
            call.run();
            return null;
        }, onConflict);
    }
}
