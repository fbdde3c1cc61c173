package org.migportal.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migportal.platform.control.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a boundary's {@code count(filter)} and {@code search(filter, page)}:
 * the table's page and sort become a {@link PageRequest} (the column's {@code field} is the sort name
 * the boundary allow-lists); the filters are the backing bean's own, read at each load.
 */
public class BoundaryLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A boundary call the model keeps; serializable because the view scope may be. */
    public interface Count extends Serializable {
        long count();
    }

    public interface Page<T> extends Serializable {
        List<T> load(PageRequest page);
    }

    public interface RowId<T> extends Serializable, Function<T, Object> {
    }

    private final Count count;
    private final Page<T> page;
    private final RowId<T> rowId;

    public BoundaryLazyModel(Count count, Page<T> page, RowId<T> rowId) {
        this.count = count;
        this.page = page;
        this.rowId = rowId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(count.count(), Integer.MAX_VALUE));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return page.load(sort == null
                ? PageRequest.of(first, size)
                : new PageRequest(first, size, sort.getField(), sort.getOrder() != SortOrder.DESCENDING));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowId.apply(row));
    }
}
