package org.migportal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free-port checks, so a start fails at once with a clear message instead of deep inside a server's log. */
public final class Ports {

    private Ports() {
    }

    /** A port that is free on 127.0.0.1 right now (for tests on random ports). */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** @throws IllegalStateException naming {@code what} if the port cannot be bound on 127.0.0.1 */
    public static void requireFree(int port, String what) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use on 127.0.0.1."
                    + " Stop whatever holds it (`ss -ltnp | grep :" + port + "`) or choose another port.", e);
        }
    }
}
