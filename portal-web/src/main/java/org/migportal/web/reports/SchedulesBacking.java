package org.migportal.web.reports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.migportal.delivery.boundary.DeliveryRow;
import org.migportal.delivery.boundary.ReportSchedules;
import org.migportal.delivery.boundary.ScheduleDraft;
import org.migportal.delivery.boundary.ScheduleRow;
import org.migportal.delivery.control.Cadence;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.report.control.ReportType;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.Messages;

/**
 * Report schedules ({@code /reports/schedules}): the list, the form of a new or changed schedule, "run now",
 * and the e-mails of the chosen schedule with their attempts and errors, where a failed one can be retried.
 */
@Named
@ViewScoped
public class SchedulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The same rule as the boundary's, checked here to show the wrong address next to the field. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    @Inject
    ReportSchedules schedules;

    @Inject
    Geography geography;

    private BoundaryLazyModel<ScheduleRow> model;
    private BoundaryLazyModel<DeliveryRow> deliveries;
    private ScheduleRow history;
    private long failed;
    private List<Country> countries = List.of();

    private Long editedId;
    private long editedVersion;
    private ReportType type;
    private List<String> chosenCountries = new ArrayList<>();
    private String language;
    private Frequency frequency;
    private LocalDate nextRunOn;
    private String recipients;
    private boolean attachFile;
    private boolean publishToDonors;
    private boolean active;

    public void load() {
        model = new BoundaryLazyModel<>(schedules::count, schedules::search, row -> row.schedule().getId());
        countries = geography.writableCountries();
        failed = schedules.failedCount();
        prepareNew();
    }

    public void prepareNew() {
        editedId = null;
        editedVersion = 0;
        type = ReportType.DONOR;
        chosenCountries = countries.size() == 1 ? new ArrayList<>(List.of(countries.get(0).getIsoCode())) : new ArrayList<>();
        language = "en";
        frequency = Frequency.QUARTERLY;
        nextRunOn = Cadence.firstRunAfter(frequency, LocalDate.now());
        recipients = "";
        attachFile = true;
        publishToDonors = false;
        active = true;
    }

    public void prepareEdit(ScheduleRow row) {
        ReportSchedule schedule = row.schedule();
        editedId = schedule.getId();
        editedVersion = schedule.getVersion();
        type = schedule.getType();
        chosenCountries = new ArrayList<>(schedule.getCountryCodes());
        language = schedule.getLanguage();
        frequency = schedule.getFrequency();
        nextRunOn = schedule.getNextRunOn();
        recipients = String.join("\n", schedule.getRecipients());
        attachFile = schedule.isAttachFile();
        publishToDonors = schedule.isPublishToDonors();
        active = schedule.isActive();
    }

    public void save() {
        List<String> addresses = addresses();
        if (addresses == null) {
            return;
        }
        List<String> chosen = type == ReportType.COUNTRY && chosenCountries.size() > 1 ? chosenCountries.subList(0, 1)
                : chosenCountries;
        ScheduleDraft draft = new ScheduleDraft(type, chosen, language, frequency, nextRunOn, addresses, attachFile,
                publishToDonors, active);
        BoundaryCall.run(() -> {
            if (editedId == null) {
                schedules.create(draft);
                Messages.info("schedules.created");
            } else {
                schedules.update(editedId, editedVersion, draft);
                Messages.info("schedules.saved");
            }
        });
    }

    public void runNow(ScheduleRow row) {
        BoundaryCall.run(() -> {
            schedules.runNow(row.schedule().getId());
            Messages.info("schedules.running", row.schedule().getCountryNames());
        });
    }

    public void showHistory(ScheduleRow row) {
        history = row;
        long id = row.schedule().getId();
        deliveries = new BoundaryLazyModel<>(() -> schedules.deliveryCount(id), page -> schedules.deliveries(id, page),
                DeliveryRow::id);
    }

    public void retry(DeliveryRow delivery) {
        BoundaryCall.run(() -> {
            schedules.retry(delivery.id());
            Messages.info("schedules.retrying", delivery.recipient());
        });
        reload();
    }

    /** The list and the e-mails shown again, with the count of failed ones, after the background work moved on. */
    public void reload() {
        failed = schedules.failedCount();
    }

    /** The addresses of the form, or null (with a message at the field) if one is not an address. */
    private List<String> addresses() {
        List<String> addresses = Arrays.stream(SEPARATORS.split(recipients == null ? "" : recipients.strip()))
                .filter(address -> !address.isEmpty()).distinct().toList();
        List<String> wrong = addresses.stream().filter(address -> !ADDRESS.matcher(address).matches()).toList();
        FacesContext context = FacesContext.getCurrentInstance();
        String field = "scheduleForm:recipients";
        if (addresses.isEmpty() || !wrong.isEmpty()) {
            String text = addresses.isEmpty() ? Messages.text("schedules.recipients.missing")
                    : Messages.text("schedules.recipients.wrong", String.join(", ", wrong));
            context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
            return null;
        }
        return addresses;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<ReportType> getTypes() {
        return List.of(ReportType.DONOR, ReportType.COUNTRY);
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public BoundaryLazyModel<ScheduleRow> getModel() {
        return model;
    }

    public BoundaryLazyModel<DeliveryRow> getDeliveries() {
        return deliveries;
    }

    public ScheduleRow getHistory() {
        return history;
    }

    public long getFailed() {
        return failed;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public List<String> getChosenCountries() {
        return chosenCountries;
    }

    public void setChosenCountries(List<String> chosenCountries) {
        this.chosenCountries = chosenCountries == null ? new ArrayList<>() : new ArrayList<>(chosenCountries);
    }

    /** A country report's one country, on the same list as a donor report's countries. */
    public String getCountry() {
        return chosenCountries.isEmpty() ? null : chosenCountries.get(0);
    }

    public void setCountry(String country) {
        this.chosenCountries = country == null ? new ArrayList<>() : new ArrayList<>(List.of(country));
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getNextRunOn() {
        return nextRunOn;
    }

    public void setNextRunOn(LocalDate nextRunOn) {
        this.nextRunOn = nextRunOn;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public boolean isAttachFile() {
        return attachFile;
    }

    public void setAttachFile(boolean attachFile) {
        this.attachFile = attachFile;
    }

    public boolean isPublishToDonors() {
        return publishToDonors;
    }

    public void setPublishToDonors(boolean publishToDonors) {
        this.publishToDonors = publishToDonors;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
