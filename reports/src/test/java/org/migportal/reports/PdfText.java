package org.migportal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A generated PDF read back with PDFBox: its text page by page and its fonts. The file is kept in
 * {@code target/reports/} so that its pages can be rendered (pdftoppm) and looked at.
 */
record PdfText(List<String> texts, Set<String> embeddedFonts, Set<String> notEmbeddedFonts) {

    static PdfText of(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            Set<String> embedded = new TreeSet<>();
            Set<String> notEmbedded = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name2 : resources.getFontNames()) {
                    PDFont font = resources.getFont(name2);
                    (font.isEmbedded() ? embedded : notEmbedded).add(font.getName());
                }
            }
            return new PdfText(texts, embedded, notEmbedded);
        }
    }

    int pages() {
        return texts.size();
    }

    String page(int number) {
        return texts.get(number - 1);
    }

    String all() {
        return String.join("\n", texts);
    }

    List<Integer> pagesContaining(String text) {
        return IntStream.rangeClosed(1, pages()).filter(p -> page(p).contains(text)).boxed().toList();
    }
}
