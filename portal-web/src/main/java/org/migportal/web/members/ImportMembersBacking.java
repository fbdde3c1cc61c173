package org.migportal.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.memberimport.boundary.ImportColumn;
import org.migportal.memberimport.boundary.ImportPreview;
import org.migportal.memberimport.boundary.ImportResult;
import org.migportal.memberimport.boundary.MemberImports;
import org.migportal.memberimport.boundary.PreviewRow;
import org.migportal.memberimport.boundary.RowProblem;
import org.migportal.platform.control.RuleViolation;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing members from a CSV or Excel file: choose the country (if the caller has several),
 * upload, read the preview of every row and its problems, then import the valid rows or cancel.
 * Nothing is saved before the import; the boundary checks every row again then.
 */
@Named
@ViewScoped
public class ImportMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberImports imports;

    @Inject
    Geography geography;

    private List<Country> countries = List.of();
    private String countryIso;
    private ImportPreview preview;
    private boolean onlyProblems;

    public void load() {
        countries = geography.writableCountries();
        if (countries.size() == 1) {
            countryIso = countries.get(0).getIsoCode();
        }
    }

    /** Reads the uploaded file into a preview; a file too large is refused before it is opened. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        preview = null;
        BoundaryCall.run(() -> {
            if (countryIso == null) {
                throw new RuleViolation("import.chooseCountry");
            }
            if (file.getSize() > MemberImports.MAX_BYTES) {
                throw new RuleViolation("import.file.tooLarge", getMaxMegabytes());
            }
            try (InputStream content = file.getInputStream()) {
                preview = imports.preview(countryIso, file.getFileName(), content);
                onlyProblems = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Imports the rows that are still valid, in one transaction, and shows them in the member list. */
    public String importRows() {
        return BoundaryCall.outcome(() -> {
            ImportResult result = imports.importValid(preview.countryIso(), preview.table());
            Messages.flashInfo("import.done", result.members(), result.actorsCreated(), result.memberships());
            if (!result.skipped().isEmpty()) {
                Messages.flashInfo("import.doneSkipped", result.skipped().size());
            }
            return "/members/list?faces-redirect=true&country=" + preview.countryIso();
        });
    }

    public void cancel() {
        preview = null;
        Messages.info("import.cancelled");
    }

    /** A new country makes the preview (checked against the other country's records) stale. */
    public void countryChanged() {
        preview = null;
    }

    public String problemText(RowProblem problem) {
        return Messages.text(problem.messageKey(), problem.argumentArray());
    }

    public List<PreviewRow> getRows() {
        if (preview == null) {
            return List.of();
        }
        return onlyProblems ? preview.rows().stream().filter(row -> !row.isValid()).toList() : preview.rows();
    }

    public List<ImportColumn> getColumns() {
        return Arrays.asList(ImportColumn.values());
    }

    public long getMaxBytes() {
        return MemberImports.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return MemberImports.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return MemberImports.MAX_ROWS;
    }

    public String getTooLargeMessage() {
        return Messages.text("import.file.tooLarge", getMaxMegabytes());
    }

    public String getIgnoredHeaders() {
        return preview == null ? "" : String.join(", ", preview.table().ignoredHeaders());
    }

    public String getSaveLabel() {
        return preview == null ? "" : Messages.text("import.save", preview.validRows());
    }

    public String getSaveConfirmation() {
        return preview == null ? "" : Messages.text("import.save.confirm", preview.validRows(), getCountryName());
    }

    public StreamedContent getTemplateCsv() {
        return ImportTemplate.csv();
    }

    public StreamedContent getTemplateXlsx() {
        return ImportTemplate.xlsx();
    }

    public List<Country> getCountries() {
        return countries;
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

    public String getCountryName() {
        return countries.stream().filter(c -> c.getIsoCode().equals(countryIso)).map(Country::getName)
                .findFirst().orElse("");
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isOnlyProblems() {
        return onlyProblems;
    }

    public void setOnlyProblems(boolean onlyProblems) {
        this.onlyProblems = onlyProblems;
    }
}
