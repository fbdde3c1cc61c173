package org.migportal.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.ForumHealthRow;
import org.migportal.health.boundary.HealthFilter;
import org.migportal.health.boundary.HealthTrend;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.Messages;

/**
 * The forum health dashboard: every assessed forum of the chosen country (or of every country the
 * caller reads) with its signals, flagged ones first with their reasons, one page at a time from the
 * boundary; and the country's attendance and outcomes over time. The country and the "needs attention"
 * filter may come from the URL ({@code /health/dashboard?country=KE&attention=true}).
 */
@Named
@ViewScoped
public class HealthDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumHealth health;

    @Inject
    Geography geography;

    private String countryIso;
    private boolean needsAttention;
    private String text;

    private List<Country> countries = List.of();
    private BoundaryLazyModel<ForumHealthRow> model;
    private long assessed;
    private long flagged;
    private String attendanceChart;
    private String outcomesChart;
    private boolean attendanceRecorded;
    private boolean outcomesRecorded;

    public void load() {
        countries = geography.readableCountries();
        if (countryIso != null && countries.stream().noneMatch(c -> c.getIsoCode().equals(countryIso))) {
            countryIso = null;
        }
        if (countryIso == null && countries.size() == 1) {
            countryIso = countries.get(0).getIsoCode();
        }
        model = new BoundaryLazyModel<>(() -> health.count(filter()), page -> health.dashboard(filter(), page),
                row -> row.signals().forumId());
        refresh();
    }

    /** After a filter changed: the counts and charts follow it; the table reloads itself. */
    public void refresh() {
        assessed = health.count(new HealthFilter(countryIso, false, clean(text)));
        flagged = health.count(new HealthFilter(countryIso, true, clean(text)));
        HealthTrend attendance = health.attendanceOverTime(countryIso);
        HealthTrend outcomes = health.outcomesOverTime(countryIso);
        attendanceRecorded = !attendance.isEmpty();
        outcomesRecorded = !outcomes.isEmpty();
        attendanceChart = HealthCharts.rateLines(attendance, Messages.text("health.chart.attendanceAxis"));
        outcomesChart = HealthCharts.countBars(outcomes, Messages.text("health.chart.outcomesAxis"));
    }

    /** Whether the table shows a country column: when it holds forums of more than one country. */
    public boolean isSeveralCountries() {
        return countryIso == null && countries.size() > 1;
    }

    private HealthFilter filter() {
        return new HealthFilter(countryIso, needsAttention, clean(text));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso == null || countryIso.isBlank() ? null : countryIso.strip().toUpperCase();
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public void setNeedsAttention(boolean needsAttention) {
        this.needsAttention = needsAttention;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public BoundaryLazyModel<ForumHealthRow> getModel() {
        return model;
    }

    public long getAssessed() {
        return assessed;
    }

    public long getFlagged() {
        return flagged;
    }

    public String getAttendanceChart() {
        return attendanceChart;
    }

    public String getOutcomesChart() {
        return outcomesChart;
    }

    public boolean isAttendanceRecorded() {
        return attendanceRecorded;
    }

    public boolean isOutcomesRecorded() {
        return outcomesRecorded;
    }
}
