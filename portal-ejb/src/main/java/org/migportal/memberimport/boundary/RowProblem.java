package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Why a row cannot be imported: a message key of the pages' bundle ({@code import.problem.*}) and
 * its arguments, and the column at fault if there is one.
 */
public record RowProblem(ImportColumn column, String messageKey, List<Serializable> arguments) implements Serializable {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(ImportColumn column, String key, Serializable... arguments) {
        return new RowProblem(column, "import.problem." + key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
