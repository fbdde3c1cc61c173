package org.migportal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Labels of enum constants from the bundle, keyed {@code SimpleName.CONSTANT} (e.g.
 * {@code ForumStatus.ACTIVE}), so that the view shows them in the user's language:
 * {@code #{labels.of(forum.status)}}.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> constant) {
        return constant == null ? "" : label(Messages.bundle(FacesContext.getCurrentInstance()), constant);
    }

    /** Several constants, comma separated, in declaration order. */
    public String ofAll(Collection<? extends Enum<?>> constants) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        return constants == null ? "" : constants.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(constant -> label(bundle, constant))
                .collect(Collectors.joining(", "));
    }

    /** The label of a role name such as {@code country-officer}. */
    public String role(String role) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        String key = "role." + role;
        return bundle.containsKey(key) ? bundle.getString(key) : role;
    }

    static String label(ResourceBundle bundle, Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }
}
