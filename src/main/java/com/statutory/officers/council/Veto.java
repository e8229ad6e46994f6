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
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.Municipality;
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
public final class Veto implements Question<Veto.Facts, Veto.Answer> {

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

    @Override
    public Envelope<Answer> answer(Facts f) {
        Reasons r = new Reasons(NAME);
        // 3.1-40-45: "Except as provided in Articles 4 and 5": for those forms the Article governs whatever the measure; for an
        // unknown form the measure and population are settled first (either may end it), then the form is asked
        FormOfGovernment form = f.municipality() == null ? null : f.municipality().formOfGovernment();
        if (form != null && form.controllingArticle() != null) {
            r.found(APPROVAL_VETO, "The approval and veto rules apply except as provided in Articles 4 and 5; this municipality has the "
                    + form.words() + " form, so " + form.controllingArticle() + " governs.");
            return r.notApplicable(new Answer(false, null, null, false, false, null, null, null), form.controllingArticle()
                    + " governs approval and veto in a municipality of the " + form.words()
                    + " form; Article 3.1's veto procedure yields to it.");
        }
        if (f.measure() == null) {
            r.missing("measure", "What was passed: an ordinance, a resolution or motion creating liability, spending or appropriating money, selling property, or another resolution or motion?", APPROVAL_VETO);
            return r.needsFacts();
        }
        MunicipalityKind kind = f.municipality() == null ? null : f.municipality().kind();
        Words w = Words.of(kind);
        if (kind != null && kind != MunicipalityKind.CITY) {
            r.found(VILLAGE_BOARD, "The president has the mayor's veto power, and the trustees pass measures over it in like manner as alderpersons.");
        }
        if (f.measure() == Measure.OTHER_RESOLUTION_OR_MOTION) {
            r.found(APPROVAL_VETO, "The veto reaches ordinances and resolutions or motions that create a liability, spend or appropriate money, or sell city or school property; this measure is none of these.");
            return r.notApplicable(new Answer(false, null, null, false, false, null, null, null),
                    "This resolution or motion is not subject to the " + w.chief() + "'s veto under 3.1-40-45.");
        }
        if (Municipality.populationMissing(f.municipality(), r, OVERRIDE)) {
            return r.needsFacts();
        }
        boolean excluded = f.municipality().population() > OVERRIDE_EXCLUDED_ABOVE;
        if (excluded && (f.passedOn() == null || f.regularMeetings() == null || f.regularMeetings().isEmpty())) {
            // 3.1-40-50 does not apply whatever the dates: they are not asked for, only used when given
            r.found(OVERRIDE, "Section 3.1-40-50 does not apply to municipalities with more than 500,000 inhabitants; this one has "
                    + f.municipality().population() + ".");
            r.cite(APPROVAL_VETO);
            // whether 3.1-40-45 itself applies still depends on the form (Articles 4 and 5), which is not asked for an N/A answer
            return r.notApplicable(new Answer(form == null ? null : true, null, null, f.measure() == Measure.APPROPRIATION, false, null, null, null),
                    "The override procedure of 3.1-40-50 does not apply in a municipality of more than 500,000; Article 3.1 does not name "
                            + "the rule that does. The objections are returned at the next regular meeting at least 5 days after passage (3.1-40-45).");
        }
        if (form == null) {
            return r.missing("municipality.formOfGovernment", Municipality.ASK_FORM, APPROVAL_VETO).needsFacts();
        }
        if (f.passedOn() == null) {
            r.missing("passedOn", "On what date was it passed?", APPROVAL_VETO);
        }
        if (f.regularMeetings() == null || f.regularMeetings().isEmpty()) {
            r.missing("regularMeetings", "What are the dates of the regular meetings after it was passed?", APPROVAL_VETO);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        List<LocalDate> meetings = f.regularMeetings().stream().sorted().toList();
        Optional<LocalDate> returnMeeting = meetings.stream().filter(d -> Days.between(f.passedOn(), d) >= RETURN_AFTER_DAYS).findFirst();
        if (returnMeeting.isEmpty()) {
            r.missing("regularMeetings", "Which regular meetings fall 5 or more days after " + f.passedOn() + "?", APPROVAL_VETO);
            return r.needsFacts();
        }
        LocalDate returnBy = returnMeeting.get();
        boolean appropriation = f.measure() == Measure.APPROPRIATION;
        r.found(APPROVAL_VETO, "It was passed on " + f.passedOn() + "; the " + w.chief() + " must return it with written objections at the next "
                + "regular meeting occurring not less than 5 days after passage: " + returnBy + " (" + Days.between(f.passedOn(), returnBy)
                + " days later). If not returned by then, it takes effect without the " + w.chief() + "'s signature."
                + (appropriation ? " Any one or more sums of the appropriation may be disapproved, the rest taking effect, or the whole." : ""));
        Boolean inTime = null;
        LocalDate received = returnBy;
        if (f.objectionsReceivedOn() != null) {
            inTime = !f.objectionsReceivedOn().isAfter(returnBy);
            received = f.objectionsReceivedOn();
            if (!inTime) {
                r.found(APPROVAL_VETO, "The objections came back on " + received + ", after " + returnBy + ": the measure took effect without the signature.");
                Answer late = new Answer(true, returnBy, false, appropriation, false, null, null, null);
                String summary = "The veto came too late: the objections had to be returned by the regular meeting of " + returnBy
                        + ", so the measure took effect without the " + w.chief() + "'s signature.";
                // above 500,000 the override section does not apply, late or not: the status says so either way
                return excluded ? r.notApplicable(late, summary) : r.answered(late, summary);
            }
        }
        LocalDate receivedAt = received;
        Optional<LocalDate> overrideMeeting = meetings.stream().filter(d -> d.isAfter(receivedAt)).findFirst();
        if (excluded) {
            r.found(OVERRIDE, "Section 3.1-40-50 does not apply to municipalities with more than 500,000 inhabitants; this one has "
                    + f.municipality().population() + ".");
            return r.notApplicable(new Answer(true, returnBy, inTime, appropriation, false, null, null, null),
                    "The objections must be returned by " + returnBy + " (3.1-40-45), but the override procedure of 3.1-40-50 does not "
                            + "apply in a municipality of more than 500,000; Article 3.1 does not name the rule that does.");
        }
        // the members holding office decide only the override vote, so they are asked only once override votes are given
        boolean holdingKnown = f.council() != null && f.council().holdingOffice() != null;
        if (!holdingKnown && f.overrideYeas() != null) {
            r.missing("council.holdingOffice", "How many alderpersons or trustees hold office now?", OVERRIDE);
        }
        if (overrideMeeting.isEmpty()) {
            r.missing("regularMeetings", "When is the regular meeting after " + receivedAt + "?", OVERRIDE);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        Integer holding = holdingKnown ? f.council().holdingOffice() : null;
        Integer needed = holding == null ? null : atLeast(2, 3, holding);
        r.found(OVERRIDE, "The council must reconsider it at the next regular meeting after the one at which it receives the objections ("
                + receivedAt + "): " + overrideMeeting.get() + ". Passing it over the veto takes two-thirds of all " + w.members()
                + " then holding office" + (holding == null ? "" : ", " + holding + ": " + needed + " (rounded up)")
                + ", by yeas and nays recorded in the journal.");
        Boolean overridden = f.overrideYeas() == null ? null : f.overrideYeas() >= needed;
        // The override meeting follows the meeting at which the objections are received: known only once that date is given
        // (returned at the last allowed meeting, it would be the one named in the reasoning).
        LocalDate override = f.objectionsReceivedOn() == null ? null : overrideMeeting.get();
        String summary = "The " + w.chief() + " must return it by the regular meeting of " + returnBy + "; the override vote is at "
                + (override == null ? "the next regular meeting after the one at which the objections are received" : "the meeting of " + override)
                + " and needs two-thirds of the " + w.members() + " holding office" + (holding == null ? "" : ", " + needed + " of " + holding)
                + (overridden == null ? "." : overridden ? "; with " + f.overrideYeas() + " it was passed over the veto."
                        : "; with " + f.overrideYeas() + " the veto stands.");
        return r.answered(new Answer(true, returnBy, inTime, appropriation, true, override, needed, overridden), summary);
    }
}
