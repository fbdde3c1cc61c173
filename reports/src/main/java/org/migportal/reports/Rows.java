package org.migportal.reports;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * A list of records as a report's data source: a field reads the record component of its name.
 * (JasperReports' bean data source looks for getters, which records do not have.)
 */
public final class Rows implements JRDataSource {

    private final Iterator<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Record current;

    private Rows(List<? extends Record> rows) {
        this.rows = rows.iterator();
    }

    public static Rows of(List<? extends Record> rows) {
        return new Rows(rows);
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.computeIfAbsent(field.getName(), this::accessor);
        if (accessor == null) {
            throw new JRException("No component " + field.getName() + " in " + current.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(current);
        } catch (ReflectiveOperationException e) {
            throw new JRException("Cannot read " + field.getName(), e);
        }
    }

    private Method accessor(String name) {
        for (RecordComponent component : current.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        return null;
    }
}
