package com.statutory.officers.council;

import static com.statutory.officers.council.Council.atLeast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.municipality.Words;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * veto: when a vetoed measure must come back, when the override vote happens, and how many votes it takes.
 *
 * <p>Readings: "the next regular meeting ... occurring not less than 5 days after their passage" is the
 * first regular meeting whose date is 5 or more days after the passage date; the override needs
 * two-thirds of the alderpersons or trustees then holding office, rounded up (two-thirds of 7 is 5);
 * 3.1-40-50 excludes municipalities of "more than 500,000", so exactly 500,000 is included.
 */
public final class Veto implements Decides<Veto.Facts, Veto.Answer> {

    public static final String NAME = "veto";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision APPROVAL_VETO = LAW.require("3.1-40-45");
    static final Provision OVERRIDE = LAW.require("3.1-40-50");
    static final Provision VILLAGE_BOARD = LAW.require("3.1-45-5");
    static final int RETURN_AFTER_DAYS = 5;
    static final int OVERRIDE_EXCLUDED_ABOVE = 500_000;

    public enum Measure {
        ORDINANCE, @Title("Resolution or motion creating a liability") LIABILITY_RESOLUTION_OR_MOTION, @Title("Resolution or motion to spend money") SPENDING_RESOLUTION_OR_MOTION,
        /** An ordinance, resolution or motion making an appropriation: sums can be vetoed one by one. */
        APPROPRIATION,
        /** A resolution or motion to sell city or school property. */
        @Title("Resolution or motion to sell property") PROPERTY_SALE_RESOLUTION_OR_MOTION,
        OTHER_RESOLUTION_OR_MOTION
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind names the roles; population decides whether 3.1-40-50 applies.") @Valid Municipality municipality,
            @Title("What was passed")
            @JsonPropertyDescription("What was passed.") Measure measure,
            @Title("Passed on")
            @JsonPropertyDescription("Date the council or board passed it.") LocalDate passedOn,
            @Title("Regular meetings after passage")
            @JsonPropertyDescription("Dates of the regular meetings after passage, as scheduled.")
            @Size(max = 60, message = "must list at most 60 dates") List<LocalDate> regularMeetings,
            @Title("Objections received on")
            @JsonPropertyDescription("If the written objections have been returned: the date of the meeting at which the council received them.")
            LocalDate objectionsReceivedOn,
            @Title("Council or board")
            @JsonPropertyDescription("Members: those holding office count for the two-thirds.") @Valid Council council,
            @Title("Votes to override")
            @JsonPropertyDescription("Alderpersons or trustees who voted to pass it over the veto, if the vote was taken.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer overrideYeas) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (regularMeetings != null && regularMeetings.contains(null)) {
                p.add(new FieldProblem("regularMeetings", "must not contain null"));
            } else if (regularMeetings != null && passedOn != null && regularMeetings.stream().anyMatch(d -> !d.isAfter(passedOn))) {
                p.add(new FieldProblem("regularMeetings", "must list meetings after passedOn"));
            }
            if (objectionsReceivedOn != null && passedOn != null && !objectionsReceivedOn.isAfter(passedOn)) {
                p.add(new FieldProblem("objectionsReceivedOn", "must be after passedOn"));
            }
            if (overrideYeas != null && council != null && council.holdingOffice() != null && overrideYeas > council.holdingOffice()) {
                p.add(new FieldProblem("overrideYeas", "is more than the members holding office"));
            }
            return p;
        }
    }

    /**
     * @param returnBy              the meeting by which the objections must be returned; not returned by then, it takes effect unsigned
     * @param returnedInTime        whether objections already returned came back by then
     * @param overrideMeeting       the regular meeting at which the override vote must be taken
     * @param overrideVotesNeeded   two-thirds of the members then holding office, rounded up
     */
    public record Answer(@Decision Boolean subjectToVeto, @Decision LocalDate returnBy, @Decision Boolean returnedInTime, boolean lineItemVetoAvailable,
            boolean overrideAvailable, @Decision LocalDate overrideMeeting, Integer overrideVotesNeeded, @Decision Boolean overridden) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Veto and override",
            "For an ordinance, or a resolution or motion creating liability, spending or appropriating money, or selling "
                    + "property: the date by which the mayor or president must return it with written objections (the next "
                    + "regular meeting at least 5 days after passage; otherwise it takes effect unsigned), whether sums of an "
                    + "appropriation can be vetoed one by one, the meeting at which the override vote must be taken (the next "
                    + "regular meeting after the one at which the objections are received), and the votes needed (two-thirds of "
                    + "the alderpersons or trustees then holding office, rounded up). 3.1-40-50 does not apply above 500,000 "
                    + "inhabitants (NOT_APPLICABLE, with the return date still given).",
            Area.COUNCIL_AND_BOARD, LAW, Facts.class, Answer.class)
            .decides("When the mayor or president must return a vetoed measure, and what it takes to override the veto.")
            .askedAs("the mayor or president vetoed an ordinance: override vote, how many votes, deadline to return it");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(new Municipality(MunicipalityKind.CITY, 42_000, FormOfGovernment.MAYOR_COUNCIL_OR_PRESIDENT_BOARD, false), Measure.ORDINANCE, LocalDate.parse("2026-03-02"),
                List.of(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-04-06")), null,
                new Council(7, 7, true), null);
    }

    static final Fact<Facts, FormOfGovernment> FORM = MunicipalityFacts.form();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Measure> MEASURE = Fact.choice("measure", Measure.class, Facts::measure,
            "What was passed: an ordinance, a resolution or motion creating liability, spending or appropriating money, selling property, or another resolution or motion?");
    static final Fact<Facts, LocalDate> PASSED_ON = Fact.date("passedOn", Facts::passedOn, "On what date was it passed?");
    static final Fact<Facts, List<LocalDate>> MEETINGS = Fact.value("regularMeetings", Facts::regularMeetings,
            "What are the dates of the regular meetings after it was passed?");
    static final Fact<Facts, LocalDate> RECEIVED = Fact.date("objectionsReceivedOn", Facts::objectionsReceivedOn,
            "On what date did the council receive the written objections?");
    static final Fact<Facts, Integer> OVERRIDE_YEAS = Fact.count("overrideYeas", Facts::overrideYeas, 0, 60, "How many voted to pass it over the veto?");
    static final Fact<Facts, Integer> SEATS = Fact.count("council.seats", f -> f.council() == null ? null : f.council().seats(), 1, 60,
            "How many alderperson or trustee seats are there?");
    /** No fewer than voted to override, no more than the seats. */
    static final Fact<Facts, Integer> HOLDING = Fact.<Facts>count("council.holdingOffice", f -> f.council() == null ? null : f.council().holdingOffice(), 0, 60,
            "How many alderpersons or trustees hold office now?").said("how many alderpersons or trustees hold office")
            .noLessThan(in -> in.ifGiven(OVERRIDE_YEAS).orElse(null)).noMoreThan(in -> in.ifGiven(SEATS).orElse(null));

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        // "Except as provided in Articles 4 and 5": a form given as commission or managerial settles it before anything else
        Optional<FormOfGovernment> givenForm = in.ifGiven(FORM);
        if (givenForm.isPresent() && givenForm.get().controllingArticle() != null) {
            return byOtherArticle(r, givenForm.get());
        }
        Measure measure = in.the(MEASURE, APPROVAL_VETO);
        Words w = Words.of(in.ifGiven(KIND).orElse(null));
        if (in.ifGiven(KIND).filter(k -> k != MunicipalityKind.CITY).isPresent()) {
            r.found(VILLAGE_BOARD, "The president has the mayor's veto power, and the trustees pass measures over it in like manner as alderpersons.");
        }
        if (measure == Measure.OTHER_RESOLUTION_OR_MOTION) {
            r.found(APPROVAL_VETO, "The veto reaches ordinances and resolutions or motions that create a liability, spend or appropriate money, or sell city or school property; this measure is none of these.");
            return r.notApplicable(new Answer(false, null, null, false, false, null, null, null),
                    "This resolution or motion is not subject to the " + w.chief() + "'s veto under 3.1-40-45.");
        }
        boolean appropriation = measure == Measure.APPROPRIATION;
        if (in.moreThan(POPULATION, OVERRIDE_EXCLUDED_ABOVE, OVERRIDE)) {
            return overLargest(in, r, w, appropriation);
        }
        FormOfGovernment form = in.the(FORM, APPROVAL_VETO);
        if (form.controllingArticle() != null) {
            return byOtherArticle(r, form);
        }
        List<LocalDate> meetings = in.the(MEETINGS, APPROVAL_VETO).stream().sorted().toList();
        // the return and the override are at two different regular meetings: unless objections already came back (late, there
        // is no override), one meeting listed cannot answer, whatever the passage date
        LocalDate passedOn = in.the(PASSED_ON, APPROVAL_VETO);
        // the meetings given may all fall within 5 days of passage: the later ones are still needed
        LocalDate returnBy = firstReturnMeeting(passedOn, meetings).orElseGet(() -> in.needMore(MEETINGS, APPROVAL_VETO));
        foundReturn(r, w, passedOn, returnBy, appropriation);
        Optional<LocalDate> received = in.ifGiven(RECEIVED);
        Boolean inTime = received.map(d -> !d.isAfter(returnBy)).orElse(null);
        if (Boolean.FALSE.equals(inTime)) {
            r.found(APPROVAL_VETO, "The objections came back on " + received.get() + ", after " + returnBy + ": the measure took effect without the signature.");
            return r.answered(new Answer(true, returnBy, false, appropriation, false, null, null, null), "The veto came too late: the objections had to be "
                    + "returned by the regular meeting of " + returnBy + ", so the measure took effect without the " + w.chief() + "'s signature.");
        }
        LocalDate receivedAt = received.orElse(returnBy);
        // the override meeting follows the meeting at which the objections are received: needed in the answer only once that is known
        LocalDate overrideMeeting = meetings.stream().filter(d -> d.isAfter(receivedAt)).findFirst()
                .orElseGet(() -> received.isPresent() ? in.needMore(MEETINGS, OVERRIDE) : null);
        // two-thirds of those holding office, rounded up: the yeas reach it exactly when those holding office are at most 3/2 of them
        Optional<Integer> yeas = in.ifGiven(OVERRIDE_YEAS);
        Boolean overridden = yeas.isEmpty() ? null : in.atMost(HOLDING, 3L * yeas.get() / 2, OVERRIDE);
        Integer holding = in.ifGiven(HOLDING).orElse(null);
        Integer needed = holding == null ? null : atLeast(2, 3, holding);
        r.found(OVERRIDE, "The council must reconsider it at the next regular meeting after the one at which it receives the objections ("
                + receivedAt + ")" + (overrideMeeting == null ? "" : ": " + overrideMeeting) + ". Passing it over the veto takes two-thirds of all " + w.members()
                + " then holding office" + (holding == null ? "" : ", " + holding + ": " + needed + " (rounded up)")
                + ", by yeas and nays recorded in the journal.");
        // the override meeting follows the meeting at which the objections are received: known once that date is given
        LocalDate override = received.isEmpty() ? null : overrideMeeting;
        String summary = "The " + w.chief() + " must return it by the regular meeting of " + returnBy + "; the override vote is at "
                + (override == null ? "the next regular meeting after the one at which the objections are received" : "the meeting of " + override)
                + " and needs two-thirds of the " + w.members() + " holding office" + (needed == null ? "" : ", " + needed + " of " + holding)
                + (overridden == null ? "." : overridden ? "; with " + yeas.get() + " it was passed over the veto." : "; with " + yeas.get() + " the veto stands.");
        return r.answered(new Answer(true, returnBy, inTime, appropriation, true, override, needed, overridden), summary);
    }

    /** "The next regular meeting ... occurring not less than 5 days after their passage." */
    private static Optional<LocalDate> firstReturnMeeting(LocalDate passedOn, List<LocalDate> meetings) {
        return meetings.stream().filter(d -> Days.between(passedOn, d) >= RETURN_AFTER_DAYS).findFirst();
    }

    private static void foundReturn(Reasons r, Words w, LocalDate passedOn, LocalDate returnBy, boolean appropriation) {
        r.found(APPROVAL_VETO, "It was passed on " + passedOn + "; the " + w.chief() + " must return it with written objections at the next "
                + "regular meeting occurring not less than 5 days after passage: " + returnBy + " (" + Days.between(passedOn, returnBy)
                + " days later). If not returned by then, it takes effect without the " + w.chief() + "'s signature."
                + (appropriation ? " Any one or more sums of the appropriation may be disapproved, the rest taking effect, or the whole." : ""));
    }

    private static Envelope<Answer> byOtherArticle(Reasons r, FormOfGovernment form) {
        r.found(APPROVAL_VETO, "The approval and veto rules apply except as provided in Articles 4 and 5; this municipality has the "
                + form.words() + " form, so " + form.controllingArticle() + " governs.");
        return r.notApplicable(new Answer(false, null, null, false, false, null, null, null), form.controllingArticle()
                + " governs approval and veto in a municipality of the " + form.words() + " form; Article 3.1's veto procedure yields to it.");
    }

    /** 3.1-40-50 excludes "more than 500,000"; the return under 3.1-40-45 is still computed when the dates are given. */
    private static Envelope<Answer> overLargest(In<Facts> in, Reasons r, Words w, boolean appropriation) {
        int population = in.the(POPULATION, OVERRIDE);
        r.found(OVERRIDE, "Section 3.1-40-50 does not apply to municipalities with more than 500,000 inhabitants; this one has " + population + ".");
        // whether 3.1-40-45 itself applies still depends on the form (Articles 4 and 5), which does not change a not-applicable answer
        Boolean subject = in.ifGiven(FORM).map(f -> f.controllingArticle() == null).orElse(null);
        Optional<LocalDate> passedOn = in.ifGiven(PASSED_ON);
        Optional<LocalDate> returnBy = passedOn.flatMap(p -> in.ifGiven(MEETINGS).flatMap(m -> firstReturnMeeting(p, m.stream().sorted().toList())));
        if (returnBy.isEmpty()) {
            r.cite(APPROVAL_VETO);
            return r.notApplicable(new Answer(subject, null, null, appropriation, false, null, null, null),
                    "The override procedure of 3.1-40-50 does not apply in a municipality of more than 500,000; Article 3.1 does not name "
                            + "the rule that does. The objections are returned at the next regular meeting at least 5 days after passage (3.1-40-45).");
        }
        // the return date is 3.1-40-45's, which yields to Articles 4 and 5: the form decides whether it is given at all
        FormOfGovernment form = in.the(FORM, APPROVAL_VETO);
        if (form.controllingArticle() != null) {
            return byOtherArticle(r, form);
        }
        subject = true;
        foundReturn(r, w, passedOn.get(), returnBy.get(), appropriation);
        Boolean inTime = in.ifGiven(RECEIVED).map(d -> !d.isAfter(returnBy.get())).orElse(null);
        return r.notApplicable(new Answer(subject, returnBy.get(), inTime, appropriation, false, null, null, null),
                "The objections must be returned by " + returnBy.get() + " (3.1-40-45), but the override procedure of 3.1-40-50 does not "
                        + "apply in a municipality of more than 500,000; Article 3.1 does not name the rule that does.");
    }
}
