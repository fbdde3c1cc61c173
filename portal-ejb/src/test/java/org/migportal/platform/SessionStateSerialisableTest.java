package org.migportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migportal.platform.entity.PortalEntity;

/**
 * The pages keep what boundaries return (rows, filters, entities) in view-scoped beans, which live in the HTTP
 * session; in a cluster the session is serialised to the other instances, and a value that cannot be serialised
 * drops every page's state from the copy (Payara logs "Cannot serialize session attribute" and the user loses
 * their form when their instance dies). So every record of a boundary package, and every entity, is serialisable.
 */
class SessionStateSerialisableTest {

    @Test
    void everyBoundaryRecordAndEveryEntityIsSerialisable() throws Exception {
        List<Class<?>> classes = portalClasses();
        List<String> records = classes.stream()
                .filter(Class::isRecord)
                .filter(c -> !Serializable.class.isAssignableFrom(c))
                .map(Class::getName).toList();
        List<String> entities = classes.stream()
                .filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class))
                .filter(c -> !PortalEntity.class.isAssignableFrom(c) && !Serializable.class.isAssignableFrom(c))
                .map(Class::getName).toList();
        assertThat(classes).as("classes found").isNotEmpty();
        assertThat(records).as("records that are not Serializable").isEmpty();
        assertThat(entities).as("entities that are not Serializable").isEmpty();
    }

    private static List<Class<?>> portalClasses() throws IOException, URISyntaxException {
        Path root = Path.of(PortalEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateSerialisableTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerialisableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
