package com.statutory.officers.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Days;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * compensation-change: may a change in an officer's salary take effect when proposed?
 *
 * <p>Readings: "fixed at least 180 days before the beginning of the terms" is met when the ordinance is adopted
 * on or before the term's first day minus 180 days (exactly 180 qualifies); an officer appointed to fill a vacancy
 * in an elective office holds that elective office, so neither increase nor decrease may take effect in the term.
 */
public final class CompensationChange implements Question<CompensationChange.Facts, CompensationChange.Answer> {

    public static final String NAME = "compensation-change";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision ESTABLISHMENT = LAW.require("3.1-50-5");
    static final Provision FIXING = LAW.require("3.1-50-10");
    static final Provision CORPORATE_AUTHORITIES = LAW.require("3.1-50-15(a)");
    static final int FIXED_DAYS_BEFORE_TERM = 180;

    public enum Holder { ELECTIVE, APPOINTED, @Title("Appointed to fill an elective vacancy") APPOINTED_TO_FILL_ELECTIVE_VACANCY }

    public enum Change { INCREASE, DECREASE }

    public enum FixedIn { APPROPRIATION_OR_BUDGET_ORDINANCE, OTHER_ORDINANCE }

    public enum Rate { ANNUAL, PER_MEETING_ATTENDED, NOT_SPECIFIED, NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES }

    @Consistent
    public record Facts(
            @Title("How the officer holds office")
            @JsonPropertyDescription("How the officer holds office.") Holder holder,
            @Title("Increase or decrease")
            @JsonPropertyDescription("Increase or decrease.") Change change,
            @Title("Change takes effect on")
            @JsonPropertyDescription("Date the change would take effect.") LocalDate takesEffectOn,
            @Title("Current term began on")
            @JsonPropertyDescription("First day of the officer's current term.") LocalDate currentTermStart,
            @Title("Current term ends on")
            @JsonPropertyDescription("Last day of the officer's current term.") LocalDate currentTermEnd,
            @Title("New term begins on")
            @JsonPropertyDescription("Elective offices, change from a new term: first day of that term.") LocalDate newTermStart,
            @Title("Ordinance adopted on")
            @JsonPropertyDescription("Date the ordinance making the change was adopted.") LocalDate ordinanceAdoptedOn,
            @Title("Current salary fixed in")
            @JsonPropertyDescription("Whether the current salary was fixed in the annual appropriation or budget ordinance.") FixedIn currentSalaryFixedIn,
            @Title("Last day of that fiscal year")
            @JsonPropertyDescription("If fixed in the appropriation ordinance: last day of that fiscal year.") LocalDate fiscalYearEnd,
            @Title("Basis of pay the ordinance states")
            @JsonPropertyDescription("For a member of the corporate authorities (mayor or president, alderperson or trustee): the basis the ordinance states; "
                    + "\"not a member of the corporate authorities\" otherwise. Not needed for an appointed officer, who never is one.") Rate corporateAuthoritiesRate) implements CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (currentTermStart != null && currentTermEnd != null && currentTermEnd.isBefore(currentTermStart)) {
                p.add(new FieldProblem("currentTermEnd", "is before currentTermStart"));
            }
            if (newTermStart != null && currentTermEnd != null && !newTermStart.isAfter(currentTermEnd)) {
                p.add(new FieldProblem("newTermStart", "must be after currentTermEnd"));
            }
            // The corporate authorities are the mayor or president and the alderpersons or trustees: elective offices, held by
            // appointment only to fill a vacancy (APPOINTED_TO_FILL_ELECTIVE_VACANCY), so 3.1-50-15(a) cannot reach an appointed officer.
            if (holder == Holder.APPOINTED && corporateAuthoritiesRate != null && corporateAuthoritiesRate != Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES) {
                p.add(new FieldProblem("corporateAuthoritiesRate", "must be NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES for an appointed officer: "
                        + "the members of the corporate authorities hold elective offices"));
            }
            return p;
        }
    }

    public record Answer(@Decision boolean mayTakeEffect, Boolean duringTerm, @Decision LocalDate mustBeFixedBy, List<String> problems) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Changing an officer's pay",
            "Decides whether a salary change may take effect: an elective officer's pay (and that of a person appointed to fill "
                    + "an elective vacancy) can neither rise nor fall during the term and must be fixed at least 180 days before "
                    + "the term begins (exactly 180 qualifies); an appointed officer's pay may rise but not fall during the "
                    + "appointed term; salaries fixed in the appropriation ordinance stay fixed for that fiscal year; an ordinance "
                    + "paying members of the corporate authorities must say whether annually or per meeting attended with public "
                    + "notice (the members hold elective offices, so this is not asked of an appointed officer, only of one appointed to fill an "
                    + "elective vacancy). Applies 3.1-50-5, 3.1-50-10, 3.1-50-15.",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Whether a change in an officer's pay may take effect, and when.")
            .askedAs("raising or cutting an official's salary, pay, stipend or wages during the term");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Holder.ELECTIVE, Change.INCREASE, LocalDate.parse("2027-05-03"), LocalDate.parse("2023-05-01"),
                LocalDate.parse("2027-05-02"), LocalDate.parse("2027-05-03"), LocalDate.parse("2026-11-04"), FixedIn.OTHER_ORDINANCE, null, Rate.ANNUAL);
    }

    /**
     * Each bar is applied as soon as its facts are known, and one known to apply decides the answer (nothing more is asked);
     * only when none is known to apply is every fact that could still bring one asked for, never taken as "no bar".
     */
    @Override
    public Envelope<Answer> answer(Facts f) {
        Reasons r = new Reasons(NAME);
        List<String> problems = new ArrayList<>();
        boolean termKnown = f.takesEffectOn() != null && f.currentTermStart() != null && f.currentTermEnd() != null;
        Boolean during = termKnown ? !f.takesEffectOn().isBefore(f.currentTermStart()) && !f.takesEffectOn().isAfter(f.currentTermEnd()) : null;
        // taking effect on or after the start of the next term, or outside either known end of the current one, it is not during it
        if (during == null && f.takesEffectOn() != null && (f.newTermStart() != null && !f.takesEffectOn().isBefore(f.newTermStart())
                || f.currentTermEnd() != null && f.takesEffectOn().isAfter(f.currentTermEnd())
                || f.currentTermStart() != null && f.takesEffectOn().isBefore(f.currentTermStart()))) {
            during = false;
        }
        // a rate for a member of the corporate authorities says the office is elective (held by election or to fill a vacancy in
        // it), and both are treated alike: the holder is then not asked
        boolean member = f.corporateAuthoritiesRate() != null && f.corporateAuthoritiesRate() != Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES;
        boolean elective = f.holder() != null ? f.holder() != Holder.APPOINTED : member;
        boolean appointed = f.holder() == Holder.APPOINTED;
        LocalDate fixBy = null;
        if (elective && during != null) {
            r.found(ESTABLISHMENT, "Compensation of an officer holding an elective office"
                    + (f.holder() == Holder.APPOINTED_TO_FILL_ELECTIVE_VACANCY ? " (including one appointed to fill a vacancy in it)" : "")
                    + " may not be increased or diminished to take effect during the term.");
            if (during) {
                problems.add("it would take effect during the elective term (" + f.currentTermStart() + " to " + f.currentTermEnd() + ")");
            }
        }
        // an elective officer's change is barred during the term and, after it, unless fixed 180 days before the new term: a late
        // ordinance bars it either way
        if (elective && f.newTermStart() != null) {
            fixBy = f.newTermStart().minusDays(FIXED_DAYS_BEFORE_TERM);
        }
        if (elective && !Boolean.TRUE.equals(during) && f.newTermStart() != null && f.ordinanceAdoptedOn() != null) {
            boolean inTime = !f.ordinanceAdoptedOn().isAfter(fixBy);
            r.found(FIXING, "Salaries of elective officers must be fixed at least 180 days before the term begins (" + f.newTermStart()
                    + "), so by " + fixBy + "; the ordinance was adopted on " + f.ordinanceAdoptedOn() + ", "
                    + Days.between(f.ordinanceAdoptedOn(), f.newTermStart()) + " days before" + (inTime ? "." : ": too late."));
            if (!inTime) {
                problems.add("the ordinance was adopted less than 180 days before the term begins (needed by " + fixBy + ")");
            }
        }
        // 3.1-50-5 lets no officer's pay be diminished during the term, elective or appointed: the holder cannot matter then
        if (f.holder() == null && !member && Boolean.TRUE.equals(during) && f.change() == Change.DECREASE) {
            r.found(ESTABLISHMENT, "No officer's compensation may be diminished to take effect during the term: not an elective officer's, "
                    + "and not an appointed officer's during the appointed term; this decrease would take effect during it.");
            problems.add("pay may not be diminished during the term, whether the office is elective or appointed");
        }
        if (appointed && during != null && (!during || f.change() != null)) {
            r.found(ESTABLISHMENT, "An appointed officer's compensation may be increased but not diminished to take effect during the appointed term"
                    + (during ? "; this " + f.change().name().toLowerCase() + " would take effect during it." : "; this change takes effect after it."));
            if (during && f.change() == Change.DECREASE) {
                problems.add("an appointed officer's pay may not be diminished during the appointed term");
            }
        }
        if (f.currentSalaryFixedIn() == FixedIn.APPROPRIATION_OR_BUDGET_ORDINANCE && f.fiscalYearEnd() != null && f.takesEffectOn() != null) {
            boolean inYear = !f.takesEffectOn().isAfter(f.fiscalYearEnd());
            r.found(FIXING, "Salaries fixed in the annual appropriation ordinance may be neither increased nor diminished during that fiscal year (to "
                    + f.fiscalYearEnd() + ")" + (inYear ? "; this change would." : "; this change takes effect after it."));
            if (inYear) {
                problems.add("the salary is fixed by the appropriation ordinance until " + f.fiscalYearEnd());
            }
        }
        if (f.corporateAuthoritiesRate() != null && f.corporateAuthoritiesRate() != Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES) {
            r.found(CORPORATE_AUTHORITIES, "An ordinance paying members of the corporate authorities must specify an annual rate or pay for each meeting actually "
                    + "attended of which public notice was given" + (f.corporateAuthoritiesRate() == Rate.NOT_SPECIFIED ? "; this one does not." : "."));
            if (f.corporateAuthoritiesRate() == Rate.NOT_SPECIFIED) {
                problems.add("the ordinance does not say whether members are paid annually or per meeting attended");
            }
        }
        if (!problems.isEmpty()) {
            return r.answered(new Answer(false, during, fixBy, problems), "The change may not take effect"
                    + (f.takesEffectOn() == null ? "" : " on " + f.takesEffectOn()) + ": " + String.join("; ", problems) + ".");
        }
        // whether the change falls during the term decides only where some bar turns on it: an elective officer's (unless the
        // ordinance is already too late, barring it either way) and an appointed officer's decrease (an increase is allowed either way)
        boolean lateOrdinance = f.newTermStart() != null && f.ordinanceAdoptedOn() != null
                && f.ordinanceAdoptedOn().isAfter(f.newTermStart().minusDays(FIXED_DAYS_BEFORE_TERM));
        if (f.holder() == null && !member) {
            // a late ordinance bars an elective officer's change under 3.1-50-10 alone: that is then why the holder matters
            r.missing("holder", "Is the officer elected, appointed, or appointed to fill a vacancy in an elective office?",
                    lateOrdinance ? FIXING : ESTABLISHMENT);
        }
        boolean electiveTurnsOnTerm = !lateOrdinance;
        boolean appointedTurnsOnTerm = f.change() != Change.INCREASE;
        // with the holder unknown and a late ordinance, the term could matter only to an appointed officer's decrease: the holder is
        // asked first, and the term's dates only of an appointed officer
        boolean termMatters = f.holder() == null && !member ? electiveTurnsOnTerm : elective ? electiveTurnsOnTerm : appointedTurnsOnTerm;
        boolean fiscalYearMatters = f.currentSalaryFixedIn() != FixedIn.OTHER_ORDINANCE;
        if (f.takesEffectOn() == null && (termMatters || fiscalYearMatters)) {
            r.missing("takesEffectOn", "On what date would the change take effect?", termMatters ? ESTABLISHMENT : FIXING);
        }
        // where the appropriation ordinance fixes the salary to the end of the term or beyond, 3.1-50-10 bars every change taking
        // effect up to then, so neither the direction nor when the term began can matter; only whether it takes effect after
        boolean fixedForTheTerm = f.currentSalaryFixedIn() == FixedIn.APPROPRIATION_OR_BUDGET_ORDINANCE && f.fiscalYearEnd() != null
                && f.currentTermEnd() != null && !f.currentTermEnd().isAfter(f.fiscalYearEnd());
        if (during == null && termMatters && f.currentTermStart() == null && !fixedForTheTerm) {
            r.missing("currentTermStart", "On what date did the officer's current term begin?", ESTABLISHMENT);
        }
        if (during == null && termMatters && f.currentTermEnd() == null) {
            r.missing("currentTermEnd", "On what date does the officer's current term end?", ESTABLISHMENT);
        }
        // an elective officer's pay may be neither increased nor diminished during the term: the direction matters only otherwise
        if (appointed && !Boolean.FALSE.equals(during) && f.change() == null && !fixedForTheTerm) {
            r.missing("change", "Is the change an increase or a decrease?", ESTABLISHMENT);
        }
        if (elective && !Boolean.TRUE.equals(during)) {
            if (f.newTermStart() == null) {
                r.missing("newTermStart", "On what date does the term in which the change takes effect begin?", FIXING);
            }
            if (f.ordinanceAdoptedOn() == null) {
                r.missing("ordinanceAdoptedOn", "On what date was the ordinance adopted?", FIXING);
            }
        }
        if (f.currentSalaryFixedIn() == null) {
            r.missing("currentSalaryFixedIn", "Was the current salary fixed in the annual appropriation or budget ordinance, or in another ordinance?", FIXING);
        } else if (f.currentSalaryFixedIn() == FixedIn.APPROPRIATION_OR_BUDGET_ORDINANCE && f.fiscalYearEnd() == null) {
            r.missing("fiscalYearEnd", "When does the fiscal year of that appropriation ordinance end?", FIXING);
        }
        if (f.corporateAuthoritiesRate() == null && !appointed) {
            r.missing("corporateAuthoritiesRate", "Is the officer a member of the corporate authorities (mayor or president, alderperson or trustee), "
                    + "and if so does the ordinance pay an annual rate, pay per meeting attended, or not say?", CORPORATE_AUTHORITIES);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        return r.answered(new Answer(true, during, fixBy, problems), "The change may take effect" + (f.takesEffectOn() == null ? "" : " on " + f.takesEffectOn()) + ".");
    }
}
