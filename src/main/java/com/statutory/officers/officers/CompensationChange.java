package com.statutory.officers.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Days;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
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
public final class CompensationChange implements Decides<CompensationChange.Facts, CompensationChange.Answer> {

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
    static final Fact<Facts, Rate> RATE = Fact.choice("corporateAuthoritiesRate", Rate.class, Facts::corporateAuthoritiesRate,
            "Is the officer a member of the corporate authorities (mayor or president, alderperson or trustee), and if so does the ordinance pay an "
                    + "annual rate, pay per meeting attended, or not say?").said("whether the officer is a member of the corporate authorities and how the ordinance pays");
    /** A rate for a member of the corporate authorities says the office is elective (held by election or to fill a vacancy in it). */
    static final Fact<Facts, Holder> HOLDER = Fact.<Facts, Holder>choice("holder", Holder.class, f -> f.holder() != null ? f.holder()
            : f.corporateAuthoritiesRate() != null && f.corporateAuthoritiesRate() != Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES ? Holder.ELECTIVE : null,
            "Is the officer elected, appointed, or appointed to fill a vacancy in an elective office?").said("how the officer holds office");
    static final Fact<Facts, Change> CHANGE = Fact.choice("change", Change.class, Facts::change, "Is the change an increase or a decrease?")
            .said("whether it is an increase or a decrease");
    static final Fact<Facts, LocalDate> EFFECT = Fact.date("takesEffectOn", Facts::takesEffectOn, "On what date would the change take effect?");
    static final Fact<Facts, LocalDate> TERM_START = Fact.date("currentTermStart", Facts::currentTermStart, "On what date did the officer's current term begin?")
            .said("when the current term began");
    static final Fact<Facts, LocalDate> TERM_END = Fact.date("currentTermEnd", Facts::currentTermEnd, "On what date does the officer's current term end?")
            .said("when the current term ends");
    static final Fact<Facts, LocalDate> NEW_TERM = Fact.date("newTermStart", Facts::newTermStart,
            "On what date does the term in which the change takes effect begin?");
    static final Fact<Facts, LocalDate> ADOPTED = Fact.date("ordinanceAdoptedOn", Facts::ordinanceAdoptedOn, "On what date was the ordinance adopted?");
    static final Fact<Facts, FixedIn> FIXED_IN = Fact.choice("currentSalaryFixedIn", FixedIn.class, Facts::currentSalaryFixedIn,
            "Was the current salary fixed in the annual appropriation or budget ordinance, or in another ordinance?").said("where the current salary was fixed");
    static final Fact<Facts, LocalDate> FISCAL_END = Fact.date("fiscalYearEnd", Facts::fiscalYearEnd, "When does the fiscal year of that appropriation ordinance end?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Holder holder = in.the(HOLDER, ESTABLISHMENT);
        boolean elective = holder != Holder.APPOINTED;
        LocalDate fixBy = in.ifGiven(NEW_TERM).map(d -> d.minusDays(FIXED_DAYS_BEFORE_TERM)).orElse(null);
        if (elective) {
            // an ordinance known to be adopted too late for the next term bars the change whenever it takes effect: during the
            // current term by 3.1-50-5, in the next by 3.1-50-10
            if (fixBy != null && in.after(ADOPTED, fixBy, FIXING)) {
                r.found(FIXING, "Salaries of elective officers must be fixed at least 180 days before the term begins (" + in.ifGiven(NEW_TERM).get()
                        + "), so by " + fixBy + "; the ordinance was adopted" + in.ifGiven(ADOPTED).map(d -> " on " + d).orElse(" after that") + ": too late.");
                return barred(in, r, knownDuring(in), fixBy, "the ordinance was adopted less than 180 days before the term begins (needed by " + fixBy + ")");
            }
        }
        // 3.1-50-10: salaries fixed in the annual appropriation ordinance are neither increased nor diminished during that fiscal year,
        // whoever holds the office and whichever way the change goes: it is read before the term's dates
        if (in.is(FIXED_IN, FixedIn.APPROPRIATION_OR_BUDGET_ORDINANCE, FIXING)) {
            boolean inYear = in.onOrBefore(EFFECT, FISCAL_END, FIXING);
            String yearEnd = in.ifGiven(FISCAL_END).map(d -> " (to " + d + ")").orElse("");
            r.found(FIXING, "Salaries fixed in the annual appropriation ordinance may be neither increased nor diminished during that fiscal year" + yearEnd
                    + (inYear ? "; this change would." : "; this change takes effect after it."));
            if (inYear) {
                List<String> problems = new ArrayList<>(List.of("the salary is fixed by the appropriation ordinance for the fiscal year" + yearEnd));
                // a bar of 3.1-50-5 the facts given already show is named too (nothing more is asked for it)
                Boolean knownDuring = knownDuring(in);
                if (Boolean.TRUE.equals(knownDuring)) {
                    if (elective || in.ifGiven(CHANGE).filter(c -> c == Change.DECREASE).isPresent()) {
                        r.found(ESTABLISHMENT, elective ? "Compensation of an officer holding an elective office may not be increased or diminished to take "
                                + "effect during the term; this change would." : "An appointed officer's compensation may be increased but not diminished to "
                                        + "take effect during the appointed term; this decrease would take effect during it.");
                        problems.add(elective ? "it would take effect during the elective term" + term(in)
                                : "an appointed officer's pay may not be diminished during the appointed term");
                    }
                }
                return r.answered(new Answer(false, knownDuring, fixBy, List.copyOf(problems)), "The change may not take effect" + on(in) + ": "
                        + String.join("; ", problems) + ".");
            }
        }
        Boolean during = null;
        if (elective) {
            // 3.1-50-5: "shall not be increased or diminished to take effect during the term"
            during = during(in);
            r.found(ESTABLISHMENT, "Compensation of an officer holding an elective office"
                    + (holder == Holder.APPOINTED_TO_FILL_ELECTIVE_VACANCY ? " (including one appointed to fill a vacancy in it)" : "")
                    + " may not be increased or diminished to take effect during the term" + (during ? "; this change would." : "; this change takes effect after it."));
            if (during) {
                return barred(in, r, during, fixBy, "it would take effect during the elective term" + term(in));
            }
            // 3.1-50-10: "fixed at least 180 days before the beginning of the terms of the officers whose compensation is to be fixed"
            LocalDate begins = in.the(NEW_TERM, FIXING);
            fixBy = begins.minusDays(FIXED_DAYS_BEFORE_TERM);
            boolean late = in.after(ADOPTED, fixBy, FIXING);
            r.found(FIXING, "Salaries of elective officers must be fixed at least 180 days before the term begins (" + begins + "), so by " + fixBy
                    + in.ifGiven(ADOPTED).map(d -> "; the ordinance was adopted on " + d + ", " + Days.between(d, begins) + " days before").orElse("")
                    + (late ? ": too late." : "."));
            if (late) {
                return barred(in, r, during, fixBy, "the ordinance was adopted less than 180 days before the term begins (needed by " + fixBy + ")");
            }
        } else if (in.is(CHANGE, Change.DECREASE, ESTABLISHMENT)) {
            // 3.1-50-5: an appointed officer's pay "may be increased but not diminished" during the appointed term
            during = during(in);
            r.found(ESTABLISHMENT, "An appointed officer's compensation may be increased but not diminished to take effect during the appointed term"
                    + (during ? "; this decrease would take effect during it." : "; this change takes effect after it."));
            if (during) {
                return barred(in, r, during, fixBy, "an appointed officer's pay may not be diminished during the appointed term");
            }
        } else {
            r.found(ESTABLISHMENT, "An appointed officer's compensation may be increased to take effect during the appointed term.");
            during = knownDuring(in);
        }
        // 3.1-50-15(a): an ordinance paying the corporate authorities states an annual rate or pay per meeting attended
        Rate rate = elective ? in.the(RATE, CORPORATE_AUTHORITIES) : Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES;
        if (rate != Rate.NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES) {
            r.found(CORPORATE_AUTHORITIES, "An ordinance paying members of the corporate authorities must specify an annual rate or pay for each meeting actually "
                    + "attended of which public notice was given" + (rate == Rate.NOT_SPECIFIED ? "; this one does not." : "."));
            if (rate == Rate.NOT_SPECIFIED) {
                return barred(in, r, during, fixBy, "the ordinance does not say whether members are paid annually or per meeting attended");
            }
        }
        return r.answered(new Answer(true, during, fixBy, List.of()), "The change may take effect" + on(in) + ".");
    }

    /** During the current term: not before it began and not after it ends (a change from the next term's first day is not). */
    private static boolean during(In<Facts> in) {
        if (in.given(NEW_TERM) && in.onOrBefore(NEW_TERM, EFFECT, ESTABLISHMENT)) {
            return false;
        }
        return in.onOrBefore(EFFECT, TERM_END, ESTABLISHMENT) && in.onOrBefore(TERM_START, EFFECT, ESTABLISHMENT);
    }

    /** Whether it is during the term, where the dates given say so (a raise for an appointed officer is allowed either way). */
    private static Boolean knownDuring(In<Facts> in) {
        Optional<LocalDate> effect = in.ifGiven(EFFECT);
        Optional<LocalDate> start = in.ifGiven(TERM_START);
        Optional<LocalDate> end = in.ifGiven(TERM_END);
        return effect.isPresent() && start.isPresent() && end.isPresent() ? !effect.get().isBefore(start.get()) && !effect.get().isAfter(end.get()) : null;
    }

    private static String on(In<Facts> in) {
        return in.ifGiven(EFFECT).map(d -> " on " + d).orElse("");
    }

    private static String term(In<Facts> in) {
        Optional<LocalDate> start = in.ifGiven(TERM_START);
        Optional<LocalDate> end = in.ifGiven(TERM_END);
        return start.isPresent() && end.isPresent() ? " (" + start.get() + " to " + end.get() + ")" : "";
    }

    private static Envelope<Answer> barred(In<Facts> in, Reasons r, Boolean during, LocalDate fixBy, String problem) {
        return r.answered(new Answer(false, during, fixBy, List.of(problem)), "The change may not take effect" + on(in) + ": " + problem + ".");
    }
}
