package org.migportal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles the templates at build time (run by the module's pom at {@code process-classes}), so the
 * portal needs no Java compiler at run time and a template error fails the build. Every report
 * (a template with a {@code pageHeader} of height 0 marked by the property
 * {@code org.migportal.reports.frame}) gets the page header and footer, their styles and
 * parameters from {@code PageFrame.jrxml}: the frame is designed once.
 */
public final class TemplateCompiler {

    static final String FRAME = "PageFrame.jrxml";
    static final String FRAME_PROPERTY = "org.migportal.reports.frame";

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path directory = Path.of(args[0]);
        List<Path> templates;
        try (Stream<Path> files = Files.list(directory)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml"))
                    .filter(f -> !f.getFileName().toString().equals(FRAME)).sorted().toList();
        }
        for (Path template : templates) {
            JasperDesign design = JRXmlLoader.load(template.toFile());
            if (design.getPropertiesMap().containsProperty(FRAME_PROPERTY)) {
                frame(design, JRXmlLoader.load(directory.resolve(FRAME).toFile()));
            }
            String target = template.toString().replaceAll("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(design, target);
        }
        System.out.println("Compiled " + templates.size() + " report templates in " + directory);
    }

    private static void frame(JasperDesign report, JasperDesign frame) throws JRException {
        for (JRStyle style : frame.getStyles()) {
            if (!report.getStylesMap().containsKey(style.getName())) {
                report.addStyle(style);
            }
        }
        for (JRParameter parameter : frame.getParameters()) {
            if (!parameter.isSystemDefined() && !report.getParametersMap().containsKey(parameter.getName())) {
                report.addParameter(parameter);
            }
        }
        JRBand header = frame.getPageHeader();
        JRBand footer = frame.getPageFooter();
        report.setPageHeader(header);
        report.setPageFooter(footer);
    }
}
