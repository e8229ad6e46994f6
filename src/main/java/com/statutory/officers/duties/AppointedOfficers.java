package com.statutory.officers.duties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.municipality.Words;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * appointed-officers: appointing, holding over, replacing and discontinuing the officers of 3.1-30-5.
 *
 * <p>Readings: "a two-thirds vote" of the corporate authorities (3.1-30-5(b)) is read as two-thirds of their members holding office,
 * rounded up (the mayor or president among them), the count the caller gives; the discontinuance takes effect at the end of the current
 * fiscal year. An officer who resigns, or whose successor is not appointed or does not qualify, holds over until a successor qualifies
 * (3.1-30-5(d)); death, permanent disability, a disqualifying conviction, dismissal or abandonment let the mayor or president appoint a
 * temporary successor. A term fixed by ordinance may not exceed the mayor's or president's unless the Code expressly provides otherwise.
 */
public final class AppointedOfficers implements Decides<AppointedOfficers.Facts, AppointedOfficers.Answer> {

    public static final String NAME = "appointed-officers";

    static final Applied LAW = new Applied();
    static final Provision APPOINT = LAW.require("3.1-30-5(a)");
    static final Provision DISCONTINUE = LAW.require("3.1-30-5(b)");
    static final Provision TERMS = LAW.require("3.1-30-5(c)");
    static final Provision HOLDOVER = LAW.require("3.1-30-5(d)");
    static final Provision SPECIAL_ACTS = LAW.require("3.1-30-25");
    static final Provision VILLAGE_BOARD = LAW.require("3.1-45-10");

    public enum Office {
        TREASURER, COLLECTOR, COMPTROLLER, MARSHAL, ATTORNEY_OR_CORPORATION_COUNSEL, PURCHASING_AGENT, AUXILIARY_POLICE_OFFICER, POLICE_MATRON,
        COMMISSIONER_OF_PUBLIC_WORKS, BUDGET_DIRECTOR, OTHER_OFFICER;

        String words() {
            return Words.lower(this);
        }
    }

    public enum Leaving {
        RESIGNATION, @Title("No successor appointed or qualified") NO_SUCCESSOR_APPOINTED_OR_QUALIFIED, DEATH, PERMANENT_DISABILITY, DISQUALIFYING_CONVICTION, DISMISSAL, ABANDONMENT
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind names who appoints and consents.") @Valid Municipality municipality,
            @Title("Appointed office")
            @JsonPropertyDescription("The appointed office.") Office office,
            @Title("Special-Act municipality adopted Division 30?")
            @JsonPropertyDescription("Special-Act municipality: whether it adopted Division 30 by resolution (3.1-30-25).") Boolean specialActAdoptedDivision30,
            @Title("Term set by ordinance (years)")
            @JsonPropertyDescription("The term fixed by ordinance for the office, in years.")
            @Min(value = 1, message = "must be at least 1") @Max(value = 10, message = "must be at most 10") Integer termYearsByOrdinance,
            @Title("Mayor's or president's term (years)")
            @JsonPropertyDescription("The mayor's or president's term, in years (2 or 4).")
            @Min(value = 2, message = "must be 2 or 4") @Max(value = 4, message = "must be 2 or 4") Integer chiefTermYears,
            @Title("Why the officer is leaving")
            @JsonPropertyDescription("If the officer is leaving: why.") Leaving leaving,
            @Title("Members holding office")
            @JsonPropertyDescription("Discontinuing the office: members of the corporate authorities holding office (the mayor or president included).")
            @Min(value = 1, message = "must be at least 1") @Max(value = 60, message = "must be at most 60") Integer corporateAuthorities,
            @Title("Votes to discontinue")
            @JsonPropertyDescription("Discontinuing the office: votes in favor.") @Min(value = 0, message = "must be at least 0")
            @Max(value = 60, message = "must be at most 60") Integer votesToDiscontinue,
            @Title("Last day of the fiscal year")
            @JsonPropertyDescription("Discontinuing the office: the last day of the current fiscal year.") LocalDate fiscalYearEnd)
            implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (votesToDiscontinue != null && corporateAuthorities != null && votesToDiscontinue > corporateAuthorities) {
                p.add(new FieldProblem("votesToDiscontinue", "is more than the corporate authorities holding office"));
            }
            if (chiefTermYears != null && chiefTermYears == 3) {
                p.add(new FieldProblem("chiefTermYears", "must be 2 or 4"));
            }
            return p;
        }
    }

    /**
     * @param termWithinLimit        whether the ordinance's term is within the mayor's or president's
     * @param holdsOver              whether the officer continues until a successor is chosen and qualifies
     * @param temporarySuccessor     whether the mayor or president may appoint a temporary successor
     * @param votesNeeded            two-thirds of the corporate authorities, rounded up
     * @param discontinued           whether the vote discontinues the office
     * @param discontinuedAsOf       the end of the current fiscal year, when it takes effect
     */
    public record Answer(@Decision Office office, String appointedBy, @Decision Boolean termWithinLimit, @Decision Boolean holdsOver, @Decision Boolean temporarySuccessor,
            @Decision Integer votesNeeded, @Decision Boolean discontinued, @Decision LocalDate discontinuedAsOf) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Appointed officers",
            "The officers the mayor or president appoints with the council's or board's advice and consent (3.1-30-5(a)): who appoints; the term an "
                    + "ordinance fixes, not beyond the mayor's or president's (c); holding over after a resignation or a failure to appoint or qualify, and a "
                    + "temporary successor after death, disability, a disqualifying conviction, dismissal or abandonment (d); discontinuing the office by a "
                    + "two-thirds vote, effective at the end of the current fiscal year (b); special-Act municipalities adopting Division 30 (3.1-30-25); the "
                    + "village board fixing duties, fees and bonds (3.1-45-10). Each part is answered when its facts are given.",
            Area.DUTIES_AND_RECORDS, LAW, Facts.class, Answer.class)
            .decides("Who appoints an appointed officer, for what term, and what happens when the officer leaves.")
            .askedAs("which officers the mayor appoints with the advice and consent of the council, appointments");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 6_500), Office.COLLECTOR, null, 4, 4, null, 7, 5, LocalDate.parse("2027-04-30"));
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Office> OFFICE = Fact.choice("office", Office.class, Facts::office, "Which appointed office: treasurer, collector, "
            + "comptroller, marshal, attorney or corporation counsel, purchasing agent, auxiliary police officer, police matron, commissioner of public "
            + "works, budget director, or another officer?").subject();
    static final Fact<Facts, Boolean> SPECIAL_ACT = Fact.yesNo("specialActAdoptedDivision30", Facts::specialActAdoptedDivision30,
            "Is it a special-Act municipality that adopted Division 30 by resolution?");
    static final Fact<Facts, Integer> TERM = Fact.count("termYearsByOrdinance", Facts::termYearsByOrdinance, 1, 10,
            "What term does the ordinance fix for the office, in years?");
    static final Fact<Facts, Integer> CHIEF_TERM = Fact.count("chiefTermYears", Facts::chiefTermYears, 2, 4,
            "Is the mayor's or president's term 2 or 4 years?").said("whether the mayor's or president's term is 2 or 4 years");
    static final Fact<Facts, Leaving> LEAVING = Fact.choice("leaving", Leaving.class, Facts::leaving, "Why is the officer leaving?");
    static final Fact<Facts, Integer> AUTHORITIES = Fact.count("corporateAuthorities", Facts::corporateAuthorities, 1, 60,
            "How many members of the corporate authorities hold office, the mayor or president included?");
    static final Fact<Facts, Integer> VOTES = Fact.count("votesToDiscontinue", Facts::votesToDiscontinue, 0, 60, "How many voted to discontinue the office?");
    static final Fact<Facts, LocalDate> FISCAL_END = Fact.date("fiscalYearEnd", Facts::fiscalYearEnd, "When does the current fiscal year end?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        MunicipalityKind kind = in.ifGiven(KIND).orElse(null);
        String chief = kind == null ? "mayor or president" : kind == MunicipalityKind.CITY ? "mayor" : "president";
        String body = kind == null ? "city council or board of trustees" : kind == MunicipalityKind.CITY ? "city council" : "board of trustees";
        Office which = in.the(OFFICE, APPOINT);
        String office = which.words();
        String appointedBy = "the " + chief + ", with the advice and consent of the " + body;
        r.found(APPOINT, "The " + chief + ", by and with the advice and consent of the " + body + ", may appoint the " + office
                + (which == Office.TREASURER ? " (where the treasurer is not an elected position)" : "") + ".");
        if (kind != null && kind != MunicipalityKind.CITY) {
            r.found(VILLAGE_BOARD, "The president and board of trustees may prescribe the duties and fees of the officers appointed under 3.1-30-5 and require bonds.");
        }
        if (in.ifGiven(SPECIAL_ACT).orElse(false)) {
            r.found(SPECIAL_ACTS, "Having adopted Division 30 by resolution, the special-Act municipality may provide by ordinance for appointing these "
                    + "officers instead of electing them, and prescribe their terms, duties, pay and bonds.");
        }
        List<String> parts = new ArrayList<>();
        parts.add("The " + office + " is appointed by " + appointedBy + ".");
        // each further part answers what the caller asked about: the term, the officer leaving, discontinuing the office
        Boolean within = null;
        if (in.given(TERM) || in.given(CHIEF_TERM)) {
            int term = in.the(TERM, TERMS);
            // "shall not exceed the term of the mayor or president": a term of 2 or less is within either, one of 5 or more beyond either
            within = in.atLeast(CHIEF_TERM, term, TERMS);
            String chiefTerm = in.ifGiven(CHIEF_TERM).map(n -> " (" + n + " years)").orElse("");
            r.found(TERMS, "An appointed officer's term, fixed by ordinance, may not exceed the " + chief + "'s" + chiefTerm + " except as the Code "
                    + "expressly provides: " + term + " years is " + (within ? "within it." : "beyond it."));
            parts.add(within ? "A " + term + "-year term is within the " + chief + "'s term." : "A " + term + "-year term exceeds the " + chief + "'s"
                    + in.ifGiven(CHIEF_TERM).map(n -> " " + n + "-year").orElse("") + " term.");
        }
        Boolean holdsOver = null;
        Boolean temporary = null;
        Optional<Leaving> leaving = in.ifGiven(LEAVING);
        if (leaving.isPresent()) {
            holdsOver = leaving.get() == Leaving.RESIGNATION || leaving.get() == Leaving.NO_SUCCESSOR_APPOINTED_OR_QUALIFIED;
            temporary = !holdsOver;
            r.found(HOLDOVER, holdsOver ? "An appointed officer who resigns, or whose successor is not appointed or does not qualify, continues in office "
                    + "until a successor has been chosen and has qualified." : "When an appointed officer ceases to serve by death, permanent disability, "
                    + "a disqualifying conviction, dismissal or abandonment, the " + chief + " may appoint a temporary successor.");
            parts.add(holdsOver ? "The officer holds over until a successor is chosen and qualifies." : "The " + chief + " may appoint a temporary successor.");
        }
        Integer needed = null;
        Boolean discontinued = null;
        LocalDate asOf = null;
        if (in.given(AUTHORITIES) || in.given(VOTES) || in.given(FISCAL_END)) {
            int members = in.the(AUTHORITIES, DISCONTINUE);
            asOf = in.the(FISCAL_END, DISCONTINUE);
            needed = (2 * members + 2) / 3;
            Optional<Integer> votes = in.ifGiven(VOTES);
            int n = needed;
            discontinued = votes.map(v -> v >= n).orElse(null);
            r.found(DISCONTINUE, "The corporate authorities may discontinue the office by a two-thirds vote, by ordinance or resolution taking effect at "
                    + "the end of the current fiscal year (" + asOf + "), and give its duties to another officer; two-thirds of " + members
                    + " is " + needed + (discontinued == null ? "." : "; with " + votes.get() + (discontinued ? " it carries." : " it fails.")));
            parts.add("Discontinuing it takes " + needed + " votes of " + members + " and takes effect at the end of the fiscal year, "
                    + asOf + (discontinued == null ? "." : discontinued ? "; the vote of " + votes.get() + " carries it."
                            : "; the vote of " + votes.get() + " falls short."));
        }
        return r.answered(new Answer(which, appointedBy, within, holdsOver, temporary, needed, discontinued, asOf), String.join(" ", parts));
    }
}
