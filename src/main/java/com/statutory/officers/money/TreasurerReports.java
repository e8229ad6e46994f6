package com.statutory.officers.money;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * treasurer-reports: the treasurer's, collector's and comptroller's reporting dates and what follows from missing them.
 *
 * <p>Readings: "within 6 months after the end of each fiscal year" ends on the same day of the sixth month after it, or on that
 * month's last day where it is shorter (April 30 gives October 30; December 31 gives June 30). The collector's
 * April statement and the comptroller's May 15 estimate are given for the first April and May 15 after the fiscal year's end. The annual
 * account (3.1-35-65) and its copy to the collectors (3.1-35-70, -75) apply below 500,000 inhabitants.
 */
public final class TreasurerReports implements Decides<TreasurerReports.Facts, TreasurerReports.Answer> {

    public static final String NAME = "treasurer-reports";

    static final Applied LAW = new Applied();
    static final Provision MONTHLY = LAW.require("3.1-35-45");
    static final Provision ANNUAL = LAW.require("3.1-35-65(a)");
    static final Provision PAYEES = LAW.require("3.1-35-65(a)(2)");
    static final Provision SALARY_BANDS = LAW.require("3.1-35-65(a)(3)");
    static final Provision PUBLICATION = LAW.require("3.1-35-65(b)");
    static final Provision COPY = LAW.require("3.1-35-70");
    static final Provision WITHHOLD = LAW.require("3.1-35-75");
    static final Provision FINE = LAW.require("3.1-35-80");
    static final Provision ESTIMATE = LAW.require("3.1-35-115(c)");
    static final Provision BUDGET_DIRECTOR = LAW.require("3.1-35-115(e)");
    static final Provision COLLECTOR_STATEMENT = LAW.require("3.1-35-125");
    static final int ANNUAL_MONTHS = 6;
    static final int POSTING_BELOW = 500;
    static final int PUBLISH_WITHIN_DAYS = 10;
    static final MonthDay ESTIMATE_BY = MonthDay.of(5, 15);

    public enum Publication {
        NEWSPAPER_PUBLISHED_IN_MUNICIPALITY, NEWSPAPER_OF_GENERAL_CIRCULATION,
        /** Under 500 inhabitants with no newspaper published there: a newspaper of general circulation, or posting in 3 prominent places. */
        NEWSPAPER_OF_GENERAL_CIRCULATION_OR_POSTING_IN_3_PLACES
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: population (latest federal census) decides the annual account (under 500,000), posting "
                    + "(under 500) and the budget director (500,000 or more).") @Valid Municipality municipality,
            @Title("Last day of the fiscal year")
            @JsonPropertyDescription("The last day of the fiscal year.") LocalDate fiscalYearEnd,
            @Title("Is a newspaper published in the municipality?")
            @JsonPropertyDescription("Whether a newspaper is published in the municipality.") Boolean newspaperPublishedInMunicipality,
            @Title("Filed with the collector on")
            @JsonPropertyDescription("The date the annual account and the clerk's affidavit were filed with the town or county collector, if they have been.")
            LocalDate filedWithCollectorOn,
            @Title("Collector's statement filed on")
            @JsonPropertyDescription("The date the collector filed the April statement with the clerk, if filed.") LocalDate collectorStatementFiledOn)
            implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (fiscalYearEnd != null && filedWithCollectorOn != null && !filedWithCollectorOn.isAfter(fiscalYearEnd)) {
                p.add(new FieldProblem("filedWithCollectorOn", "must be after fiscalYearEnd"));
            }
            return p;
        }
    }

    /**
     * @param annualAccountDue       the last day to file the annual account with the clerk (null at 500,000 or more)
     * @param collectorCopyDue       the last day to file its copy and the clerk's affidavit with each town or county collector
     * @param collectorWithholds     whether the collector withholds the money due, the copy having been filed late
     * @param annualAccountDueOtherReading where the fiscal year ends on a month's last day and "6 months after" read as the end of the
     *                               sixth month gives a later day (April 30 -> October 31 rather than October 30): that day; else null
     * @param collectorWithholdsOtherReading whether the collector withholds on that reading, where it differs; else null
     * @param collectorStatementFrom the April statement's window (April 1 to 10)
     * @param collectorStatementPublishBy the clerk publishes it within 10 days of its filing
     * @param comptrollerEstimateBy  the comptroller's (or clerk's; budget director's at 500,000 or more) estimate, on or before May 15
     */
    public record Answer(@Decision LocalDate annualAccountDue, @Decision Publication publication, @Decision LocalDate collectorCopyDue,
            @Decision Boolean collectorWithholds, LocalDate collectorStatementFrom, LocalDate collectorStatementTo, LocalDate collectorStatementPublishBy,
            @Decision LocalDate comptrollerEstimateBy, @Decision String estimatePreparedBy, int fineMin, int fineMax,
            @Decision LocalDate annualAccountDueOtherReading, @Decision Boolean collectorWithholdsOtherReading) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Treasurer's and collector's reports",
            "Reporting duties as dates from the fiscal year's end: the treasurer's monthly account under oath (3.1-35-45); the annual account within "
                    + "6 months after the fiscal year (under 500,000 inhabitants), listing payees paid over $2,500 in the year and pay by name or in the "
                    + "statute's salary bands (3.1-35-65) - \"6 months after\" read as six months to the day (a year ending April 30: October 30), "
                    + "the earlier of two readings, with the end of the sixth month (October 31) given beside it where the year ends on a "
                    + "month's last day and the two differ; its publication in a newspaper published in the municipality, else one of general "
                    + "circulation, or posting in 3 places under 500 people with no newspaper; a copy with the clerk's affidavit to each town or county "
                    + "collector in the same 6 months (3.1-35-70), or the collector withholds the money due until it is filed (3.1-35-75); fine $25 to "
                    + "$100 (3.1-35-80); the collector's statement between April 1 and 10, published within 10 days (3.1-35-125); the comptroller's "
                    + "estimate on or before May 15, by the budget director at 500,000 or more (3.1-35-115).",
            Area.MONEY_RECORDS_AND_ETHICS, LAW, Facts.class, Answer.class)
            .decides("The treasurer's, collector's and comptroller's reports, with their deadlines as dates.")
            .askedAs("reports the treasurer or collector must give the council each month or year, accounts of money");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(com.statutory.officers.municipality.MunicipalityKind.VILLAGE, 3_400), LocalDate.parse("2026-04-30"), false,
                LocalDate.parse("2026-11-02"), null);
    }

    static final Fact<Facts, LocalDate> FISCAL_END = Fact.date("fiscalYearEnd", Facts::fiscalYearEnd, "On what date does the fiscal year end?");
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> NEWSPAPER = Fact.yesNo("newspaperPublishedInMunicipality", Facts::newspaperPublishedInMunicipality,
            "Is a newspaper published in the municipality?").said("whether a newspaper is published in the municipality");
    static final Fact<Facts, LocalDate> FILED_WITH_COLLECTOR = Fact.date("filedWithCollectorOn", Facts::filedWithCollectorOn,
            "On what date were the annual account and the clerk's affidavit filed with the collector?");
    static final Fact<Facts, LocalDate> COLLECTOR_STATEMENT_FILED = Fact.date("collectorStatementFiledOn", Facts::collectorStatementFiledOn,
            "On what date did the collector file the April statement with the clerk?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        LocalDate end = in.the(FISCAL_END, ANNUAL);
        boolean large = in.atLeast(POPULATION, Municipality.LARGE, ANNUAL);
        Optional<Integer> population = in.ifGiven(POPULATION);
        // the manner of publication (3.1-35-65(b)) moves no deadline: without the newspaper it is left open and said so
        Optional<Boolean> newspaper = large ? Optional.empty() : in.ifGiven(NEWSPAPER);
        r.found(MONTHLY, "At the end of every month (and oftener if required), the treasurer renders an account under oath of the state of the "
                + "treasury, with the money received and the warrants paid; the warrants and vouchers go to the clerk the same day.");
        Publication publication = newspaper.map(published -> published ? Publication.NEWSPAPER_PUBLISHED_IN_MUNICIPALITY
                : in.moreThan(POPULATION, POSTING_BELOW - 1, PUBLICATION) ? Publication.NEWSPAPER_OF_GENERAL_CIRCULATION
                        : Publication.NEWSPAPER_OF_GENERAL_CIRCULATION_OR_POSTING_IN_3_PLACES).orElse(null);
        LocalDate due = null;
        Boolean withholds = null;
        StringBuilder summary = new StringBuilder();
        LocalDate dueOther = null;
        Boolean withholdsOther = null;
        if (!large) {
            due = end.plusMonths(ANNUAL_MONTHS);
            dueOther = endOfSixthMonth(end).filter(d -> !d.equals(end.plusMonths(ANNUAL_MONTHS))).orElse(null);
            r.found(ANNUAL, population.map(p -> "With " + p + " inhabitants (under 500,000)").orElse("Under 500,000 inhabitants") + ", the treasurer files the annual account with the clerk within 6 months after "
                    + "the fiscal year ending " + end + ": by " + due + (dueOther == null ? "."
                            : ", six months to the day. The year ends on the last day of a month, and \"6 months after\" can also be read as "
                                    + "running to the end of the sixth month: " + dueOther + "."));
            r.found(PAYEES, "It names each person paid more than $2,500 in the aggregate during the fiscal year and the total paid to each.");
            r.found(SALARY_BANDS, "Pay for personal services is listed by name and amount, or, at the treasurer's election, by name in the statute's bands "
                    + "(under $25,000 up to $125,000 and over).");
            r.found(PUBLICATION, publication == null ? "The clerk publishes it at least once in a newspaper published in the municipality, or, if none "
                    + "is published there, in one of general circulation there (under 500 inhabitants, posting in 3 prominent places may take its place); "
                    + "which one depends on whether a newspaper is published in the municipality, not given." : switch (publication) {
                case NEWSPAPER_PUBLISHED_IN_MUNICIPALITY -> "The clerk publishes it at least once in a newspaper published in the municipality.";
                case NEWSPAPER_OF_GENERAL_CIRCULATION -> "No newspaper is published in the municipality: the clerk publishes it in one of general circulation there.";
                default -> "Under 500 inhabitants with no newspaper published there, the clerk may post it in 3 prominent places instead of publishing it.";
            });
            r.found(COPY, "By the same " + due + ", the treasurer files a copy with each town or county collector of the municipality's taxes, with the "
                    + "clerk's affidavit of its filing and publication or posting.");
            Optional<LocalDate> filed = in.ifGiven(FILED_WITH_COLLECTOR);
            if (filed.isPresent()) {
                withholds = filed.get().isAfter(due);
                if (dueOther != null && filed.get().isAfter(dueOther) != withholds) {
                    withholdsOther = false;
                }
                r.found(WITHHOLD, withholds ? "Filed with the collector on " + filed.get() + ", after " + due + ": the collector withholds "
                        + "the money due the municipality from then until the account and affidavit are received, and pays it over at once when they are."
                        : "Filed with the collector on " + filed.get() + ", in time: nothing is withheld.");
                if (withholdsOther != null) {
                    r.found(WITHHOLD, "Read as running to the end of the sixth month (" + dueOther + "), the filing was in time and nothing is withheld.");
                }
            } else {
                r.found(WITHHOLD, "If the copy is not filed with the collector by " + due + ", the collector withholds the money due until it is; filing "
                        + "late is still allowed and releases it.");
            }
            summary.append("File the annual account with the clerk, and its copy with the affidavit with each collector, by ").append(due)
                    .append(dueOther == null ? "" : " (six months to the day; read as the end of the sixth month, by " + dueOther + ")")
                    .append(withholds == null ? "" : withholds ? "; it reached the collector late, so the collector withholds the money due until it is filed"
                            + (withholdsOther == null ? "" : ", though on the end-of-month reading it was in time and nothing is withheld")
                            : "; it reached the collector in time").append(". ").append(publication == null ? "The clerk publishes it in a newspaper; which kind depends on whether one is published in the municipality. " : switch (publication) {
                                case NEWSPAPER_PUBLISHED_IN_MUNICIPALITY -> "The clerk publishes it in a newspaper published in the municipality. ";
                                case NEWSPAPER_OF_GENERAL_CIRCULATION -> "The clerk publishes it in a newspaper of general circulation in the municipality. ";
                                default -> "The clerk publishes it in a newspaper of general circulation, or posts it in 3 prominent places. ";
                            });
        } else {
            r.found(ANNUAL, "The annual account of 3.1-35-65 is for municipalities of less than 500,000; this one has " + in.the(POPULATION, ANNUAL) + ".");
            summary.append("The annual account of 3.1-35-65 does not apply at 500,000 or more. ");
        }
        r.found(FINE, "A public officer who fails a duty of 3.1-35-65 to 3.1-35-75 is guilty of a petty offense, fined $25 to $100.");
        LocalDate aprilFirst = LocalDate.of(end.getMonthValue() < 4 ? end.getYear() : end.getYear() + 1, 4, 1);
        LocalDate aprilTenth = aprilFirst.withDayOfMonth(10);
        LocalDate publishBy = in.ifGiven(COLLECTOR_STATEMENT_FILED).map(d -> d.plusDays(PUBLISH_WITHIN_DAYS)).orElse(null);
        r.found(COLLECTOR_STATEMENT, "The collector files the annual statement of money collected with the clerk between " + aprilFirst + " and "
                + aprilTenth + "; the clerk publishes it at least once within 10 days" + (publishBy == null ? "." : ": by " + publishBy + "."));
        LocalDate estimate = ESTIMATE_BY.atYear(end.getYear()).isAfter(end) ? ESTIMATE_BY.atYear(end.getYear()) : ESTIMATE_BY.atYear(end.getYear() + 1);
        r.cite(ESTIMATE);
        r.found(large ? BUDGET_DIRECTOR : ESTIMATE, large ? "At 500,000 or more, the budget director prepares the estimate of expenses."
                : "On or before May 15, before the appropriation ordinance, the comptroller (the clerk where there is none) reports the estimate "
                        + "of the money needed for the fiscal year: by " + estimate + ".");
        String by = large ? "the budget director" : "the comptroller, or the clerk where there is none";
        summary.append("The collector's statement is due between ")
                .append(aprilFirst).append(" and ").append(aprilTenth).append("; the expense estimate by ").append(estimate).append(", from ").append(by)
                .append(". Failing these duties is a petty offense, fined $25 to $100.");
        return r.answered(new Answer(due, publication, due, withholds, aprilFirst, aprilTenth, publishBy, estimate, by, 25, 100, dueOther, withholdsOther),
                summary.toString());
    }

    /**
     * "Within 6 months after the end of each fiscal year": counted to the same day of the sixth month it runs from April 30 to
     * October 30; a year ending on a month's last day can also be read as running to the end of the sixth month, October 31 (the
     * convention of month-end fiscal calendars). Nothing in Article 3.1 chooses, so both are given; only month-end years can differ.
     */
    private static java.util.Optional<LocalDate> endOfSixthMonth(LocalDate end) {
        if (end.getDayOfMonth() != end.lengthOfMonth()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.time.YearMonth.from(end).plusMonths(ANNUAL_MONTHS).atEndOfMonth());
    }
}
