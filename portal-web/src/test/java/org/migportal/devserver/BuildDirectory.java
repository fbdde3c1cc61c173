package org.migportal.devserver;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The portal-web build directory ({@code target/}), where scratch files of the servers go. */
final class BuildDirectory {

    /**
     * System property set by the start profile: {@code exec:java} runs in Maven's JVM, whose working directory
     * is wherever Maven was started, so a relative {@code target} would be wrong there.
     */
    static final String PROPERTY = "devserver.target";

    private BuildDirectory() {
    }

    static Path path() {
        // Surefire and failsafe run in the module directory, where the relative default is right.
        return Paths.get(System.getProperty(PROPERTY, "target")).toAbsolutePath().normalize();
    }
}
