package org.migportal.web.faces;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.migportal.platform.control.PageRequest;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list's export to CSV and Excel (.xlsx) with the list's current filters. It pages through the
 * same boundary {@code search} the list shows (so the caller's roles, scope and whatever the
 * boundary withholds apply as on the page) and streams each page out, so a large list never sits in
 * memory: CSV row by row, Excel through POI's SXSSF, which keeps only a window of rows.
 * <p>
 * Cells: enum constants as their labels ({@link Labels}), {@link Boolean} as yes/no, dates as ISO
 * {@code yyyy-MM-dd} (Excel: a date cell in that format), collections of constants as their labels
 * joined by commas, numbers as numbers. In CSV, text that starts with {@code = + - @}, a tab or a
 * carriage return is prefixed with {@code '}, so that a spreadsheet opening the file takes it as
 * text, not as a formula (CSV injection). Excel cells are typed text and never formulas.
 *
 * <h2>How a list adds an export</h2>
 * <ol>
 * <li>Describe the columns once, beside the list's backing bean, from the boundary's paged search and
 * the bean's filter record, e.g. {@code org.migportal.web.members.MemberListExport}:
 * <pre>{@code
 * static ListExport<Member> of(Members members, MemberFilter filter) {
 *     return ListExport.<Member>of("members", page -> members.search(filter, page))
 *             .column("field.familyName", Member::getFamilyName)
 *             .column("field.sex", Member::getSex);
 * }
 * }</pre>
 * The labels are keys of the pages' bundle. Take every value from what {@code search} returns; do
 * not load more per row.</li>
 * <li>Give the backing bean a getter {@code getExport()} that returns it with the bean's current
 * filter (the filter the table last applied).</li>
 * <li>Put {@code <mig:exportButtons export="#{bean.export}"/>} in the page's {@code actions}.</li>
 * </ol>
 * An in-container test can call {@link #writeCsv} and {@link #writeXlsx} directly, logged in as a
 * user, and read the result back (see {@code ListExportIT}).
 */
public final class ListExport<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CSV_TYPE = "text/csv; charset=UTF-8";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows Excel streaming keeps in memory before writing them to its temporary file. */
    private static final int XLSX_WINDOW = 200;

    /** One page of the list, from the boundary, in the list's order. */
    public interface Page<T> extends Serializable {
        List<T> load(PageRequest page);
    }

    /** A column's value for a row. */
    public interface Cell<T> extends Serializable {
        Object of(T row);
    }

    private record Column<T>(String labelKey, Cell<T> cell) implements Serializable {
    }

    /** A cell's value that is words from the bundle, in the file's language (e.g. "Name withheld"). */
    public record Words(String key) implements Serializable {
    }

    private final String fileName;
    private final Page<T> page;
    private final List<Column<T>> columns = new ArrayList<>();

    private ListExport(String fileName, Page<T> page) {
        this.fileName = fileName;
        this.page = page;
    }

    /** An export whose files are named {@code <fileName>-<today>.csv} and {@code .xlsx}. */
    public static <T> ListExport<T> of(String fileName, Page<T> page) {
        return new ListExport<>(fileName, page);
    }

    public ListExport<T> column(String labelKey, Cell<T> cell) {
        columns.add(new Column<>(labelKey, cell));
        return this;
    }

    /** For {@code p:fileDownload}: the CSV, written when the download is sent. */
    public StreamedContent getCsv() {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        return DefaultStreamedContent.builder()
                .name(fileName + "-" + LocalDate.now() + ".csv")
                .contentType(CSV_TYPE)
                .writer(out -> writeCsv(out, bundle))
                .build();
    }

    /** For {@code p:fileDownload}: the Excel workbook, written when the download is sent. */
    public StreamedContent getXlsx() {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        return DefaultStreamedContent.builder()
                .name(fileName + "-" + LocalDate.now() + ".xlsx")
                .contentType(XLSX_TYPE)
                .writer(out -> writeXlsx(out, bundle))
                .build();
    }

    /** UTF-8 with a byte order mark (so that Excel reads the letters right), comma separated, CRLF lines. */
    public void writeCsv(OutputStream out, ResourceBundle bundle) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd(CSVWriter.RFC4180_LINE_END).build();
            csv.writeNext(columns.stream().map(c -> label(bundle, c.labelKey())).toArray(String[]::new), false);
            forEachRow(row -> csv.writeNext(columns.stream()
                    .map(column -> csvCell(column.cell().of(row), bundle))
                    .toArray(String[]::new), false));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet with a bold header row; the workbook's rows are streamed out, never all held. */
    public void writeXlsx(OutputStream out, ResourceBundle bundle) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            Sheet sheet = workbook.createSheet(fileName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
                cell.setCellValue(label(bundle, columns.get(i).labelKey()));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            forEachRow(item -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    xlsxCell(row.createCell(i), columns.get(i).cell().of(item), bundle, date);
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // the temporary file SXSSF streamed the rows into
            workbook.dispose();
        }
    }

    /** Every row of the list, page by page, without holding more than one page. */
    private void forEachRow(Consumer<T> action) {
        int first = 0;
        List<T> rows;
        do {
            rows = page.load(PageRequest.of(first, PageRequest.MAX_SIZE));
            rows.forEach(action);
            first += rows.size();
        } while (rows.size() == PageRequest.MAX_SIZE);
    }

    private static void xlsxCell(org.apache.poi.ss.usermodel.Cell cell, Object value, ResourceBundle bundle,
            CellStyle date) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(text(value, bundle));
        }
    }

    private static String csvCell(Object value, ResourceBundle bundle) {
        String text = text(value, bundle);
        return value instanceof Number ? text : formulaSafe(text);
    }

    /** Text a spreadsheet would run as a formula gets a leading apostrophe. */
    static String formulaSafe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    static String text(Object value, ResourceBundle bundle) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return Labels.label(bundle, constant);
        }
        if (value instanceof Boolean yes) {
            return label(bundle, yes ? "yes" : "no");
        }
        if (value instanceof Words words) {
            return label(bundle, words.key());
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(item -> item instanceof Enum<?> e ? e : null)
                    .filter(e -> e != null)
                    .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                    .map(e -> Labels.label(bundle, e))
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static String label(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
