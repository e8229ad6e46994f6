package com.statutory.officers.vacancies;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * resignation-effective-date: whether a resignation from an elective office is effective, when, whether
 * it can still be withdrawn, and the clerk's forwarding deadline.
 *
 * <p>Readings: a stated date "not later than 60 days after" receipt allows exactly 60 days and not 61;
 * the statute does not say what date a resignation stating a later date takes, so the answer reports
 * the stated date as not allowed and gives no effective date rather than guess one. "7 business days"
 * skips Saturdays and Sundays and the holidays the caller lists; the answer says when none were listed.
 */
public final class ResignationEffectiveDate implements Decides<ResignationEffectiveDate.Facts, ResignationEffectiveDate.Answer> {

    public static final String NAME = "resignation-effective-date";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision FORM = LAW.require("3.1-10-50(a)");
    static final Provision UNCONDITIONAL = LAW.require("3.1-10-50(a)(1)");
    static final Provision CONDITIONAL = LAW.require("3.1-10-50(a)(2)");
    static final Provision VACANCY_ON_EFFECTIVE_DATE = LAW.require("3.1-10-50(a)(3)");
    static final Provision CLERK_FORWARDS = LAW.require("3.1-10-50(a)(4)");
    static final Provision SCOPE_UNDER_500K = LAW.require("3.1-10-50(i)");
    static final Provision LARGE_RESIGNATION = LAW.require("3.1-10-51(a)(1)");

    static final int MAX_DAYS_AHEAD = 60;
    static final int CLERK_BUSINESS_DAYS = 7;

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: its population decides whether 3.1-10-50(a) applies.")
            @Valid Municipality municipality,
            @Title("Is the resignation in writing?")
            @JsonPropertyDescription("Whether the resignation is in writing.") Boolean inWriting,
            @Title("Is it signed by the officer?")
            @JsonPropertyDescription("Whether it is signed by the person holding the office.") Boolean signed,
            @Title("Is it notarized?")
            @JsonPropertyDescription("Whether it is notarized.") Boolean notarized,
            @Title("Is it conditional?")
            @JsonPropertyDescription("Whether it takes effect only if a specified event occurs (a conditional resignation). Taken as yes when a "
                    + "condition's facts are given.") Boolean conditional,
            @Title("Received on")
            @JsonPropertyDescription("Date the officer authorized to fill the vacancy received it.") LocalDate receivedDate,
            @Title("Does it state a future effective date?")
            @JsonPropertyDescription("Whether it states a future effective date (no: it states none). Taken as yes when the stated date is given.") Boolean statesEffectiveDate,
            @Title("Effective date it states")
            @JsonPropertyDescription("The future date it states as its effective date, if any.") LocalDate statedEffectiveDate,
            @Title("Has the specified event occurred?")
            @JsonPropertyDescription("Conditional resignations: whether the specified event has occurred (no: not yet). Taken as yes when its date is given.")
            Boolean conditionOccurred,
            @Title("Condition occurred on")
            @JsonPropertyDescription("Conditional resignations: date the specified event occurred, if it has.") LocalDate conditionOccurredDate,
            @Title("Was it withdrawn before the condition occurred?")
            @JsonPropertyDescription("Conditional resignations: whether it was withdrawn before the event (if the event has occurred, before that date).") Boolean withdrawnBeforeCondition,
            @Title("Clerk received it on")
            @JsonPropertyDescription("If it was delivered to the municipal clerk: the date the clerk received it.") LocalDate clerkReceivedDate,
            @Title("Holidays to skip")
            @JsonPropertyDescription("Holidays to skip when counting the clerk's 7 business days (weekends are always skipped).")
            @Size(max = 60, message = "must list at most 60 dates") List<LocalDate> holidays) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (Boolean.FALSE.equals(statesEffectiveDate) && statedEffectiveDate != null) {
                p.add(new FieldProblem("statesEffectiveDate", "is false but statedEffectiveDate is given"));
            }
            if (Boolean.FALSE.equals(conditionOccurred) && conditionOccurredDate != null) {
                p.add(new FieldProblem("conditionOccurred", "is false but conditionOccurredDate is given"));
            }
            if (Boolean.FALSE.equals(conditional) && (conditionOccurred != null || conditionOccurredDate != null || withdrawnBeforeCondition != null)) {
                p.add(new FieldProblem("conditional", "is false, but a condition's facts were given"));
            }
            if (holidays != null && holidays.contains(null)) {
                p.add(new FieldProblem("holidays", "must not contain null"));
            }
            return p;
        }
    }

    /**
     * @param valid               written, signed and notarized
     * @param statedDateAllowed   the stated future date is no later than 60 days after receipt
     * @param effectiveDate       the date it takes effect, which is also the date of the vacancy
     * @param withdrawable        how long it may be withdrawn, in words
     * @param withdrawableUntil   the last moment of withdrawal as a date, where the statute fixes one
     * @param clerkForwardingDeadline last day for the clerk to forward a certified copy
     */
    public record Answer(
            @Decision boolean valid,
            List<String> defects,
            @Decision Kind kind,
            @Decision Boolean statedDateAllowed,
            LocalDate latestAllowedStatedDate,
            @Decision LocalDate effectiveDate,
            @Decision LocalDate vacancyDate,
            String withdrawable,
            LocalDate withdrawableUntil,
            LocalDate clerkForwardingDeadline,
            Boolean clerkDeadlineCountsOnlyWeekends,
            LocalDate effectiveDateIfHeldToTheLatestAllowed) {
    }

    public enum Kind { UNCONDITIONAL, CONDITIONAL }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "When a resignation takes effect",
            "Decides whether a resignation from an elective office is effective (in writing, signed, notarized), "
                    + "conditional or not, its effective date (the later of the stated date or event and receipt by the officer "
                    + "authorized to fill the vacancy; a stated date more than 60 days after receipt is not allowed), whether "
                    + "it can still be withdrawn, and the clerk's 7-business-day forwarding deadline (weekends and the listed "
                    + "holidays skipped). 3.1-10-50(a) applies under 500,000 inhabitants; at 500,000 or more 3.1-10-51(a)(1) "
                    + "sets no such rules and the answer is NOT_APPLICABLE.",
            Area.VACANCIES, LAW, Facts.class, Answer.class)
            .decides("When a resignation from an elective office takes effect, and whether it can still be withdrawn.")
            .askedAs("someone handed in, dated, withdrew or took back a resignation letter: when it takes effect, whether it counts");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), true, true, true, false,
                LocalDate.parse("2026-03-02"), true, LocalDate.parse("2026-04-30"), null, null, null, LocalDate.parse("2026-02-27"),
                List.of());
    }

    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> IN_WRITING = Fact.yesNo("inWriting", Facts::inWriting, "Is the resignation in writing?");
    static final Fact<Facts, Boolean> SIGNED = Fact.yesNo("signed", Facts::signed, "Is it signed by the person holding the office?");
    static final Fact<Facts, Boolean> NOTARIZED = Fact.yesNo("notarized", Facts::notarized, "Is it notarized?");
    /** A condition's facts say it is conditional (a "no" with them is refused as a contradiction). */
    static final Fact<Facts, Boolean> CONDITIONAL_FACT = Fact.<Facts>yesNo("conditional", f -> f.conditional() != null ? f.conditional()
            : f.conditionOccurred() != null || f.conditionOccurredDate() != null || f.withdrawnBeforeCondition() != null ? Boolean.TRUE : null,
            "Does the resignation take effect only if some specified event occurs?").said("whether the resignation is conditional");
    static final Fact<Facts, LocalDate> RECEIVED = Fact.date("receivedDate", Facts::receivedDate,
            "On what date did the officer authorized to fill the vacancy receive the resignation?");
    static final Fact<Facts, Boolean> STATES_DATE = Fact.<Facts>yesNo("statesEffectiveDate", f -> f.statedEffectiveDate() != null ? Boolean.TRUE : f.statesEffectiveDate(),
            "Does the resignation state a future date on which it takes effect?");
    static final Fact<Facts, LocalDate> STATED = Fact.date("statedEffectiveDate", Facts::statedEffectiveDate, "What effective date does the resignation state?");
    static final Fact<Facts, Boolean> OCCURRED = Fact.<Facts>yesNo("conditionOccurred", f -> f.conditionOccurredDate() != null ? Boolean.TRUE : f.conditionOccurred(),
            "Has the specified event occurred?").said("whether the specified event has occurred");
    static final Fact<Facts, LocalDate> OCCURRED_ON = Fact.date("conditionOccurredDate", Facts::conditionOccurredDate, "On what date did the specified event occur?");
    static final Fact<Facts, Boolean> WITHDRAWN = Fact.yesNo("withdrawnBeforeCondition", Facts::withdrawnBeforeCondition,
            "Was the resignation withdrawn before the specified event occurred?").said("whether it was withdrawn");
    static final Fact<Facts, LocalDate> CLERK_RECEIVED = Fact.date("clerkReceivedDate", Facts::clerkReceivedDate, "On what date did the clerk receive it?");
    static final Fact<Facts, List<LocalDate>> HOLIDAYS = Fact.value("holidays", Facts::holidays, "Which holidays fall in the clerk's 7 business days?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        if (in.atLeast(POPULATION, Municipality.LARGE, SCOPE_UNDER_500K)) {
            r.found(SCOPE_UNDER_500K, "Section 3.1-10-50 applies only to municipalities under 500,000; this one has " + in.the(POPULATION, SCOPE_UNDER_500K) + ".");
            r.found(LARGE_RESIGNATION, "In a municipality of 500,000 or more, Section 3.1-10-51(a)(1) says only that an officer may "
                    + "resign and that resignation creates a vacancy; it sets no writing, notarization, 60-day or withdrawal rules.");
            return r.notApplicable(null, "The resignation rules of 3.1-10-50(a) do not apply in a municipality of 500,000 or more; "
                    + "Section 3.1-10-51(a)(1) provides only that a municipal officer may resign.");
        }
        r.cite(SCOPE_UNDER_500K);
        Clerk clerk = clerk(in, r);
        // (a): in writing, signed by the officeholder, notarized; a defect decides the case whatever the other facts are
        if (!in.is(IN_WRITING, FORM) || !in.is(SIGNED, FORM) || !in.is(NOTARIZED, FORM)) {
            List<String> defects = new ArrayList<>();
            in.ifGiven(IN_WRITING).filter(b -> !b).ifPresent(b -> defects.add("not in writing"));
            in.ifGiven(SIGNED).filter(b -> !b).ifPresent(b -> defects.add("not signed by the person holding the office"));
            in.ifGiven(NOTARIZED).filter(b -> !b).ifPresent(b -> defects.add("not notarized"));
            r.found(FORM, "The resignation is not effective: it is " + list(defects) + ".");
            return r.answered(new Answer(false, defects, in.ifGiven(CONDITIONAL_FACT).map(c -> c ? Kind.CONDITIONAL : Kind.UNCONDITIONAL).orElse(null),
                    null, null, null, null, null, null, clerk.deadline(), clerk.weekendsOnly(), null),
                    "The resignation is not effective because it is " + list(defects)
                            + ": Section 3.1-10-50(a) requires a resignation in writing, signed by the officeholder, and notarized.");
        }
        r.found(FORM, "The resignation is in writing, signed by the officeholder and notarized.");
        return in.is(CONDITIONAL_FACT, CONDITIONAL) ? conditional(in, r, clerk) : unconditional(in, r, clerk);
    }

    private record Clerk(LocalDate deadline, Boolean weekendsOnly) {
    }

    /** (a)(4): the clerk forwards a certified copy within 7 business days of receiving it, when it was delivered to the clerk. */
    private static Clerk clerk(In<Facts> in, Reasons r) {
        Optional<LocalDate> received = in.ifGiven(CLERK_RECEIVED);
        if (received.isEmpty()) {
            return new Clerk(null, null);
        }
        List<LocalDate> holidays = in.ifGiven(HOLIDAYS).orElse(List.of());
        LocalDate deadline = Days.withinBusinessDays(received.get(), CLERK_BUSINESS_DAYS, holidays);
        boolean weekendsOnly = holidays.isEmpty();
        r.found(CLERK_FORWARDS, "The clerk received it on " + received.get() + " and must forward a certified copy to "
                + "the official authorized to fill the vacancy within 7 business days, by " + deadline
                + (weekendsOnly ? " (counting Monday to Friday; no holidays were listed, so each holiday in that span moves the deadline one business day later)."
                        : " (skipping weekends and the " + count(holidays.size(), "holiday") + " listed)."));
        return new Clerk(deadline, weekendsOnly);
    }

    /** (a)(1): effective on the later of the stated date and receipt; no withdrawal after receipt. */
    private Envelope<Answer> unconditional(In<Facts> in, Reasons r, Clerk clerk) {
        LocalDate received = in.the(RECEIVED, UNCONDITIONAL);
        LocalDate latest = received.plusDays(MAX_DAYS_AHEAD);
        // the effective date is the later of the stated date and receipt: whether a date is stated is a fact, never assumed
        LocalDate stated = in.is(STATES_DATE, UNCONDITIONAL) ? in.the(STATED, UNCONDITIONAL) : null;
        if (stated != null && stated.isAfter(latest)) {
            r.found(UNCONDITIONAL, "It states " + stated + ", which is " + Days.between(received, stated) + " days after receipt on "
                    + received + "; a stated date may be no later than 60 days after receipt (" + latest + "). The statute does "
                    + "not say what date such a resignation takes, so no effective date is given.");
            // Two readings: the text forbids such a date but says nothing of its effect; read strictly, no effective date follows;
            // read as held to the limit, the resignation takes effect on the latest date it could have named
            r.found(UNCONDITIONAL, "Read as held to the limit, it would take effect on " + latest + ", the latest date it could specify.");
            return r.answered(new Answer(true, List.of(), Kind.UNCONDITIONAL, false, latest, null, null,
                    "not after it was received by the officer authorized to fill the vacancy", received, clerk.deadline(), clerk.weekendsOnly(), latest),
                    "The stated date " + stated + " is more than 60 days after the resignation was received (" + received
                            + "); the latest date it may specify is " + latest + ". It cannot be withdrawn after receipt. The statute does not "
                            + "say what date such a resignation takes: read strictly it gives none; read as held to the limit, it takes effect on "
                            + "that latest date.");
        }
        LocalDate effective = stated == null || stated.isBefore(received) ? received : stated;
        r.found(UNCONDITIONAL, stated == null
                ? "It specifies no future date, so it is effective on the date received, " + received + "."
                : "It specifies " + stated + " and was received on " + received + "; the later of the two, " + effective + ", is the effective date"
                        + " (the stated date is within 60 days of receipt, by " + latest + ").");
        r.found(UNCONDITIONAL, "An unconditional resignation may not be withdrawn after it is received by the officer authorized to fill the vacancy ("
                + received + ").");
        r.found(VACANCY_ON_EFFECTIVE_DATE, "The vacancy is deemed to occur on the effective date, " + effective
                + ", for the election timing and the 60-day appointment period.");
        return r.answered(new Answer(true, List.of(), Kind.UNCONDITIONAL, stated == null ? null : true, latest, effective, effective,
                "until it is received by the officer authorized to fill the vacancy", received, clerk.deadline(), clerk.weekendsOnly(), null),
                "The resignation is effective on " + effective + ", and the vacancy occurs that day. It could be withdrawn only "
                        + "before the officer authorized to fill the vacancy received it on " + received + "."
                        + (clerk.deadline() == null ? "" : " The clerk must forward a certified copy by " + clerk.deadline() + "."));
    }

    /** (a)(2): "if not withdrawn", effective on the later of the event and receipt; withdrawable until the event. */
    private Envelope<Answer> conditional(In<Facts> in, Reasons r, Clerk clerk) {
        boolean occurred = in.is(OCCURRED, CONDITIONAL);
        // before the event, a withdrawal already made ends it; after, one made before the event is a fact the answer turns on
        boolean withdrawn = occurred ? in.is(WITHDRAWN, CONDITIONAL) : in.ifGiven(WITHDRAWN).orElse(false);
        if (withdrawn) {
            r.found(CONDITIONAL, "A conditional resignation can be withdrawn at any time before the specified event occurs, and this one was.");
            return r.answered(new Answer(true, List.of(), Kind.CONDITIONAL, null, null, null, null,
                    "until the specified event occurs", null, clerk.deadline(), clerk.weekendsOnly(), null),
                    "The conditional resignation was withdrawn before the specified event, so it never takes effect and no vacancy occurs.");
        }
        Optional<LocalDate> received = in.ifGiven(RECEIVED);
        if (!occurred) {
            r.found(CONDITIONAL, "The specified event has not occurred: the resignation can be withdrawn at any time before it occurs; if not "
                    + "withdrawn, it takes effect on the later of the event's date and "
                    + received.map(d -> d + ".").orElse("the date the officer authorized to fill the vacancy receives it."));
            return r.answered(new Answer(true, List.of(), Kind.CONDITIONAL, null, null, null, null,
                    "until the specified event occurs", null, clerk.deadline(), clerk.weekendsOnly(), null),
                    "The conditional resignation is not yet effective and can be withdrawn until the specified event occurs; "
                            + "if not withdrawn, it takes effect on the later of the event's date and its receipt"
                            + received.map(d -> " on " + d + ".").orElse(" by the officer authorized to fill the vacancy."));
        }
        LocalDate event = in.the(OCCURRED_ON, CONDITIONAL);
        LocalDate receipt = in.the(RECEIVED, CONDITIONAL);
        LocalDate effective = event.isAfter(receipt) ? event : receipt;
        r.found(CONDITIONAL, "The specified event occurred on " + event + " and the resignation was received on "
                + receipt + "; it was not withdrawn, so it took effect on the later date, " + effective + ".");
        r.found(VACANCY_ON_EFFECTIVE_DATE, "The vacancy is deemed to occur on the effective date, " + effective + ".");
        return r.answered(new Answer(true, List.of(), Kind.CONDITIONAL, null, null, effective, effective,
                "until the specified event occurs", event, clerk.deadline(), clerk.weekendsOnly(), null),
                "The conditional resignation took effect on " + effective + " and the vacancy occurs that day; it could have been "
                        + "withdrawn only before the event" + (effective.equals(event) ? "" : " on " + event) + ".");
    }
}
