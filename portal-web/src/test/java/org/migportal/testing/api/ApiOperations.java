package org.migportal.testing.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every operation of the REST API, found by reflection over the resource classes of the WAR's
 * {@code org.migportal.web.api} package: so that tests can insist on covering all of them.
 */
public final class ApiOperations {

    private static final String PACKAGE = "org.migportal.web.api";
    private static final String API_ROOT = "/api/";

    /**
     * One resource method.
     *
     * @param id     its OpenAPI operationId
     * @param path   e.g. {@code /api/forums/{id}/status}
     * @param method the HTTP method
     */
    public record ApiOperation(String id, String method, String path) {
    }

    private ApiOperations() {
    }

    public static List<ApiOperation> all() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Operation operation = method.getAnnotation(Operation.class);
                    String id = operation == null || operation.operationId().isBlank()
                            ? type.getSimpleName() + "." + method.getName() + " (no @Operation operationId)"
                            : operation.operationId();
                    operations.add(new ApiOperation(id, httpMethod, path(type, method)));
                }
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String path(Class<?> type, Method method) {
        String path = API_ROOT + strip(type.getAnnotation(Path.class).value());
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? path : path + "/" + strip(sub.value());
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** From the directory that holds the API's application class (not the tests' classes of the same package). */
    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(load(PACKAGE + ".RestApi")
                    .getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path api = classes.resolve(PACKAGE.replace('.', '/'));
            try (Stream<java.nio.file.Path> files = Files.walk(api)) {
                return files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .map(ApiOperations::load)
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiOperations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
