package org.migportal.memberimport.control;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.migportal.memberimport.boundary.ImportColumn;
import org.migportal.memberimport.boundary.ImportLine;
import org.migportal.memberimport.boundary.ImportTable;
import org.migportal.platform.control.RuleViolation;

/**
 * Reads an import file into an {@link ImportTable}: CSV (UTF-8, with or without a byte order mark;
 * comma, semicolon or tab separated, as KoboToolbox and spreadsheets write it) or Excel .xlsx (its
 * first sheet). Anything else, or a file that is empty, too large, not UTF-8 or without the required
 * columns, is refused with a {@link RuleViolation} that says which; nothing is read past
 * {@link #MAX_BYTES}, so an oversized upload never sits in memory.
 * <p>
 * Other encodings (Windows-1252 from an old Excel "CSV") are not guessed: the bytes are refused
 * as not UTF-8, with the hint to save as "CSV UTF-8", rather than imported with wrong letters.
 */
public final class ImportFileReader {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private ImportFileReader() {
    }

    public static ImportTable read(String fileName, InputStream content) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xlsx = lower.endsWith(".xlsx");
        if (!xlsx && !lower.endsWith(".csv")) {
            throw new RuleViolation("import.file.type", name);
        }
        try (InputStream limited = new BufferedInputStream(new SizeLimited(content, MAX_BYTES))) {
            limited.mark(1);
            if (limited.read() < 0) {
                throw new RuleViolation("import.file.empty");
            }
            limited.reset();
            return table(name, xlsx ? xlsxRows(limited) : csvRows(limited));
        } catch (IOException | CsvException | RuntimeException failure) {
            if (failure instanceof RuleViolation violation) {
                throw violation;
            }
            if (causedBy(failure, TooLarge.class)) {
                throw new RuleViolation("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (causedBy(failure, CharacterCodingException.class)) {
                throw new RuleViolation("import.file.encoding");
            }
            throw new RuleViolation(xlsx ? "import.file.notExcel" : "import.file.unreadable", name);
        }
    }

    /** Rows as cell texts with their line numbers in the file; the first non-empty row is the header. */
    private record RawRow(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    private static List<RawRow> csvRows(InputStream in) throws IOException, CsvException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(64 * 1024);
        char separator = separator(Optional.ofNullable(reader.readLine()).orElse(""));
        reader.reset();
        List<RawRow> rows = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
                .build()) {
            long before = csv.getLinesRead();
            for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
                RawRow row = new RawRow((int) before + 1, List.of(cells));
                before = csv.getLinesRead();
                if (!row.blank()) {
                    rows.add(row);
                    requireRowLimit(rows.size());
                }
            }
        }
        return rows;
    }

    /** The separator the header line uses most: KoboToolbox writes semicolons, spreadsheets commas or tabs. */
    static char separator(String headerLine) {
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static List<RawRow> xlsxRows(InputStream in) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                RawRow raw = new RawRow(row.getRowNum() + 1, cells);
                if (!raw.blank()) {
                    rows.add(raw);
                    requireRowLimit(rows.size());
                }
            }
        }
        return rows;
    }

    /** A cell as text: dates as ISO dates, whole numbers without decimals (years, phone numbers). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static void requireRowLimit(int rows) {
        // the header is one of the rows
        if (rows > MAX_ROWS + 1) {
            throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
        }
    }

    private static ImportTable table(String fileName, List<RawRow> rows) {
        if (rows.isEmpty()) {
            throw new RuleViolation("import.file.empty");
        }
        List<String> headers = rows.get(0).cells();
        Map<Integer, ImportColumn> columnAt = new HashMap<>();
        List<ImportColumn> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).replace("\uFEFF", "").strip();
            Optional<ImportColumn> column = ImportColumn.forHeader(header).filter(c -> !columns.contains(c));
            if (column.isPresent()) {
                columnAt.put(i, column.get());
                columns.add(column.get());
            } else if (!header.isEmpty()) {
                ignored.add(header);
            }
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(ImportColumn::required)
                .filter(column -> !columns.contains(column))
                .map(ImportColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("import.file.missingColumns", String.join(", ", missing));
        }
        if (rows.size() == 1) {
            throw new RuleViolation("import.file.noRows");
        }
        List<ImportLine> lines = new ArrayList<>();
        for (RawRow row : rows.subList(1, rows.size())) {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            columnAt.forEach((index, column) -> {
                if (index < row.cells().size() && row.cells().get(index) != null) {
                    values.put(column, row.cells().get(index));
                }
            });
            lines.add(new ImportLine(row.number(), values));
        }
        return new ImportTable(fileName, columns, ignored, lines);
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown on reading past the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The file is larger than the import allows.");
        }
    }

    /** Counts what is read and stops at the limit, so an oversized file is refused after at most the limit. */
    static final class SizeLimited extends FilterInputStream {

        private final long limit;
        private long read;

        SizeLimited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}
