package org.migportal.reports;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A list of records as a report's data source: a field reads the record component of its name.
 * (JasperReports' bean data source looks for getters, which records do not have.) Rewindable: a
 * subreport in a band that must not split is filled again on the next page when it does not fit, and
 * JasperReports refuses a data source it cannot start over.
 */
public final class Rows implements JRRewindableDataSource {

    private final List<? extends Record> list;
    private final Map<String, Method> accessors = new HashMap<>();
    private Iterator<? extends Record> rows;
    private Record current;

    private Rows(List<? extends Record> rows) {
        this.list = rows;
        this.rows = rows.iterator();
    }

    @Override
    public void moveFirst() {
        rows = list.iterator();
        current = null;
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
