package org.migportal.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * Support a programme gave a forum: what kind, its value in a currency, and for how long. The guidance
 * subsidises "for a limited time period" to stimulate commitment and warns of the perception that a forum
 * is a way to get NGO support: the planned end is that limit, and support still running after it (or that
 * ended after it) is an overrun the pages flag.
 */
@Entity
@Table(name = "programme_support")
@NamedQuery(name = Support.OF_FORUM, query = """
        SELECT s FROM Support s WHERE s.forum = :forum ORDER BY s.startsOn DESC, s.id DESC""")
public class Support extends PortalEntity implements ForumOwned {

    public static final String OF_FORUM = "Support.ofForum";

    public static final int PURPOSE_LENGTH = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SupportKind kind;

    @NotNull
    @DecimalMin(value = "0", message = "{support.amount.negative}")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;

    /** ISO 4217, e.g. KES, SDG, USD. */
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{support.currency}")
    private String currency;

    @NotNull
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "planned_end_on")
    private LocalDate plannedEndOn;

    /** When the support really ended; empty while it runs. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @NotBlank
    @Size(max = PURPOSE_LENGTH)
    private String purpose;

    public Support() {
    }

    public Support(Forum forum, SupportKind kind, BigDecimal amount, String currency, LocalDate startsOn,
            LocalDate plannedEndOn, String purpose) {
        this.forum = forum;
        this.kind = kind;
        this.amount = amount;
        this.currency = currency;
        this.startsOn = startsOn;
        this.plannedEndOn = plannedEndOn;
        this.purpose = purpose;
    }

    /**
     * Whether the support ran longer than planned by {@code today}: ended after its planned end, or is
     * still running past it. Support ended on the planned day, or still within its plan, is not.
     */
    public boolean isOverrunOn(LocalDate today) {
        return overrunDaysOn(today) > 0;
    }

    public boolean isOverrun() {
        return isOverrunOn(LocalDate.now());
    }

    /** Days past the planned end, by the real end or (while running) by today; 0 within the plan. */
    public long overrunDaysOn(LocalDate today) {
        LocalDate until = endsOn != null ? endsOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(plannedEndOn, until));
    }

    public long getOverrunDays() {
        return overrunDaysOn(LocalDate.now());
    }

    public boolean isRunningOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    @AssertTrue(message = "{support.currency}")
    boolean isKnownCurrency() {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            return true;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(currency));
    }

    @AssertTrue(message = "{support.plannedEnd.beforeStart}")
    boolean isPlannedEndAfterStart() {
        return startsOn == null || plannedEndOn == null || !plannedEndOn.isBefore(startsOn);
    }

    @AssertTrue(message = "{support.end.beforeStart}")
    boolean isEndAfterStart() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    /** Takes over what an edited copy says, except the forum, which support never changes. */
    public void takeDetailsFrom(Support edited) {
        kind = edited.kind;
        amount = edited.amount;
        currency = edited.currency == null ? null : edited.currency.strip().toUpperCase(Locale.ROOT);
        startsOn = edited.startsOn;
        plannedEndOn = edited.plannedEndOn;
        endsOn = edited.endsOn;
        purpose = edited.purpose == null ? null : edited.purpose.strip();
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public void setPlannedEndOn(LocalDate plannedEndOn) {
        this.plannedEndOn = plannedEndOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
