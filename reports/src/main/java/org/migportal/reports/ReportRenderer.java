package org.migportal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills a compiled template and exports it to PDF. Each template is loaded once from the
 * classpath ({@code .jasper}, compiled at build time) and shared: compiled reports are immutable.
 * The shared page frame's parameters and the subreports every report may use are set here.
 */
final class ReportRenderer {

    /** The subreports, passed to every report as parameters of the same name. */
    static final List<String> PARTS = List.of("CountTable", "KeyFigures", "SectionTexts", "ForumTable",
            "AttentionTable", "CountryTable", "ActivitySections", "Lessons", "ActivityTable", "CountryProfiles",
            "OutcomeStories");

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private ReportRenderer() {
    }

    static byte[] render(String template, String title, ReportContext context, ReportLabels labels,
            Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, context.locale());
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        all.put("programme", context.programme());
        all.put("reportTitle", title);
        all.put("scope", context.scope());
        all.put("period", labels.period(context.from(), context.to()));
        all.put("generatedOn", labels.message("frame.generatedOn", labels.date(context.generatedOn())));
        all.putAll(PARTS.stream().collect(Collectors.toMap(part -> part, ReportRenderer::compiled)));
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled(template), all, new JREmptyDataSource(1));
            return pdf(print, title, context);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render " + template, e);
        }
    }

    private static byte[] pdf(JasperPrint print, String title, ReportContext context) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title + " - " + context.scope());
        configuration.setMetadataAuthor(context.programme());
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    static JasperReport compiled(String name) {
        return COMPILED.computeIfAbsent(name, ReportRenderer::load);
    }

    private static JasperReport load(String name) {
        String resource = name + ".jasper";
        try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Template " + resource + " is not on the classpath (compiled at build time)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot load " + resource, e);
        }
    }

}
