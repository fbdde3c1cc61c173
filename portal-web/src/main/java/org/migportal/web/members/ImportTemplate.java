package org.migportal.web.members;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.migportal.memberimport.boundary.ImportColumn;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The import's empty template: one header row naming the columns as the import reads them. */
final class ImportTemplate {

    private static final String FILE_NAME = "member-import-template";

    private ImportTemplate() {
    }

    static StreamedContent csv() {
        return DefaultStreamedContent.builder()
                .name(FILE_NAME + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(ImportTemplate::writeCsv)
                .build();
    }

    static StreamedContent xlsx() {
        return DefaultStreamedContent.builder()
                .name(FILE_NAME + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(ImportTemplate::writeXlsx)
                .build();
    }

    static void writeCsv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd(CSVWriter.RFC4180_LINE_END).build();
            csv.writeNext(headers(), false);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeXlsx(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("members");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] names = headers();
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, names[i].length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] headers() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toArray(String[]::new);
    }
}
