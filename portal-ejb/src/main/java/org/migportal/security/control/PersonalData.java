package org.migportal.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.migportal.member.entity.Member;

/**
 * The consent rule: a member who has not consented to the programme keeping their personal data is
 * shown in full only to the officers of the member's country (who collected it and answer for it).
 * Everyone else, the programme admin included, receives the member with the personal fields
 * withheld, wherever the member appears in what a boundary returns: a member, a membership's
 * member, a row's member. The {@link GuardedInterceptor} applies it to every boundary call, so pages,
 * the API and exports all get the same.
 *
 * <p>Boundaries must therefore return members as {@link Member} entities, never their names or
 * contacts projected into strings; and list filters on personal fields (name, sex, youth,
 * marginalised groups) match a withheld member only for callers who may see it (see
 * {@link ReadScope#personalDataCountries()}).
 */
@RequestScoped
public class PersonalData {

    /**
     * Per entity class, the getters of its references to members: one ({@code Membership.getMember})
     * or many ({@code CommunicationEntry.getParties}).
     */
    private static final Map<Class<?>, List<Method>> MEMBER_GETTERS = new ConcurrentHashMap<>();

    @Inject
    AccessGuard guard;

    @PersistenceContext
    EntityManager em;

    /** Whether the caller may see this member's personal fields. */
    public boolean maySee(Member member) {
        return member.isConsentGiven() || guard.readScope().personalDataCountries()
                .contains(member.getCountry().getIsoCode());
    }

    /** Marks every member in a boundary's result that the caller may not see in full. */
    public void withholdWhereNeeded(Object result) {
        walk(result, 0);
    }

    private void walk(Object value, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        if (value instanceof Member member) {
            if (!maySee(member)) {
                member.withholdPersonalData();
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> walk(item, depth + 1));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> walk(item, depth + 1));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(invoke(component.getAccessor(), record), depth + 1);
            }
        } else if (value.getClass().isAnnotationPresent(Entity.class)) {
            // Through the getter, so that a lazy reference is loaded (and marked) now rather than
            // later, unmarked, when a page first reads it.
            for (Method getter : memberGetters(value.getClass())) {
                walk(invoke(getter, value), depth + 1);
            }
        }
    }

    private List<Method> memberGetters(Class<?> type) {
        return MEMBER_GETTERS.computeIfAbsent(type, entity -> {
            EntityType<?> model = em.getMetamodel().entity(entity);
            Stream<String> one = model.getSingularAttributes().stream()
                    .filter(attribute -> Member.class.isAssignableFrom(attribute.getJavaType()))
                    .map(Attribute::getName);
            Stream<String> many = model.getPluralAttributes().stream()
                    .filter(attribute -> Member.class.isAssignableFrom(attribute.getElementType().getJavaType()))
                    .map(Attribute::getName);
            return Stream.concat(one, many).map(name -> getter(entity, name)).toList();
        });
    }

    private static Method getter(Class<?> entity, String attribute) {
        String name = "get" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        try {
            return entity.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(entity.getSimpleName() + " refers to a member as '" + attribute
                    + "' but has no public " + name + "(): the consent rule could not reach it", e);
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }
}
