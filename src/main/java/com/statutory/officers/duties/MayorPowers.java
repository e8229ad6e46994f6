package com.statutory.officers.duties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;

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
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * mayor-powers: the mayor's or president's own powers and duties (3.1-35-5 to 3.1-35-30).
 *
 * <p>Readings: a released prisoner is reported "at their first meeting after the release", regular or special, so the first meeting
 * dated after the release day. A designation to sign binds the municipality only once its notice, with the specimen signatures, is
 * recorded in the journal and filed with the clerk, the steps 3.1-35-30 lists.
 */
public final class MayorPowers implements Decides<MayorPowers.Facts, MayorPowers.Answer> {

    public static final String NAME = "mayor-powers";

    static final Applied LAW = new Applied();
    static final Provision GENERAL = LAW.require("3.1-35-5");
    static final Provision PRISONERS = LAW.require("3.1-35-15");
    static final Provision RECORDS = LAW.require("3.1-35-20");
    static final Provision MILITIA = LAW.require("3.1-35-25");
    static final Provision SIGNING = LAW.require("3.1-35-30");

    public enum Power {
        /** Execute the laws and ordinances; inform the corporate authorities at least annually. */
        GENERAL_DUTIES_AND_ANNUAL_REPORT,
        /** Release a person imprisoned for an ordinance violation. */
        @Title("Release a person jailed for an ordinance violation") RELEASE_PRISONER,
        /** Examine the books, records and papers of any agent, employee or officer. */
        INSPECT_RECORDS,
        /** Call out the militia (subject to the Governor). */
        @Title("Call out the militia") CALL_OUT_MILITIA,
        /** Designate another person to affix the mayor's or president's signature. */
        @Title("Designate a signer") DESIGNATE_SIGNER
    }

    @Consistent
    public record Facts(
            @Title("Power or duty")
            @JsonPropertyDescription("The power or duty asked about.") Power power,
            @Title("Released on")
            @JsonPropertyDescription("Releasing a prisoner: the date of the release.") LocalDate releasedOn,
            @Title("Meetings after the release")
            @JsonPropertyDescription("Releasing a prisoner: the dates of the corporate authorities' meetings after the release (regular or special).")
            @Size(max = 60, message = "must list at most 60 dates") List<LocalDate> meetings,
            @Title("Was that day's meeting held after the release?")
            @JsonPropertyDescription("Releasing a prisoner, when a meeting was held on the day of the release: whether it was held after the release.")
            Boolean sameDayMeetingAfterRelease) implements CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            if (meetings != null && meetings.contains(null)) {
                return List.of(new FieldProblem("meetings", "must not contain null"));
            }
            return List.of();
        }
    }

    /** @param reportAt RELEASE_PRISONER: the meeting at which the release and its reasons are reported */
    public record Answer(@Decision Power power, @Decision Boolean may, List<String> steps, @Decision LocalDate reportAt) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "The mayor's or president's powers",
            "The mayor's or president's own powers and duties: executing laws and ordinances and informing the corporate authorities at least "
                    + "annually (3.1-35-5); releasing a person imprisoned for an ordinance violation and reporting it, with reasons, at the first meeting "
                    + "after (with the date, 3.1-35-15); inspecting any officer's or employee's records at all times (3.1-35-20); calling out the militia, "
                    + "subject to the Governor (3.1-35-25); designating in writing a person to affix the signature, with the notice recorded in the journal "
                    + "and filed with the clerk (3.1-35-30).",
            Area.DUTIES_AND_RECORDS, LAW, Facts.class, Answer.class)
            .decides("The mayor's or president's own powers and duties, such as releasing a prisoner or inspecting records.")
            .askedAs("the mayor's or village president's powers and duties: supervising officers, signing, emergencies");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Power.RELEASE_PRISONER, LocalDate.parse("2027-02-03"), List.of(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-15")), null);
    }

    static final Fact<Facts, Power> POWER = Fact.choice("power", Power.class, Facts::power,
            "Which power or duty is asked about: the general duties and annual report, releasing a person jailed for an ordinance violation, "
                    + "inspecting records, calling out the militia, or designating a signer?").subject();
    static final Fact<Facts, LocalDate> RELEASED_ON = Fact.date("releasedOn", Facts::releasedOn, "On what date was the person released?");
    static final Fact<Facts, List<LocalDate>> MEETINGS = Fact.value("meetings", Facts::meetings,
            "What are the dates of the corporate authorities' meetings after the release?");
    static final Fact<Facts, Boolean> SAME_DAY_AFTER = Fact.yesNo("sameDayMeetingAfterRelease", Facts::sameDayMeetingAfterRelease,
            "Was the meeting held on the day of the release held after the release?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Power power = in.the(POWER, GENERAL);
        return switch (power) {
            case GENERAL_DUTIES_AND_ANNUAL_REPORT -> {
                r.found(GENERAL, "The mayor or president performs the duties prescribed by law and ordinance, sees that they are faithfully executed, and "
                        + "from time to time may, and annually shall, inform the corporate authorities of the municipality's affairs and recommend measures.");
                yield r.answered(new Answer(power, true, List.of("inform the corporate authorities of the municipality's affairs at least once a year"), null),
                        "The mayor or president must see that laws and ordinances are executed, and must report on the municipality's affairs at least annually.");
            }
            case RELEASE_PRISONER -> release(in, r);
            case INSPECT_RECORDS -> {
                r.found(RECORDS, "The mayor or president may at all times examine and inspect the books, records and papers of any agent, employee or officer.");
                yield r.answered(new Answer(power, true, List.of(), null), "Yes: at all times, the records of any agent, employee or officer.");
            }
            case CALL_OUT_MILITIA -> {
                r.found(MILITIA, "Subject to the Governor's authority as commander-in-chief, the mayor or president may call out the militia to aid in "
                        + "suppressing riots and disorderly conduct or in carrying any law or ordinance into effect.");
                yield r.answered(new Answer(power, true, List.of("subject to the Governor's authority as commander-in-chief"), null),
                        "Yes, subject to the Governor's authority: to suppress riots and disorder or to carry out a law or ordinance.");
            }
            case DESIGNATE_SIGNER -> {
                List<String> steps = List.of("designate the person in writing", "send written notice to the corporate authorities naming the person and the "
                        + "instruments", "attach the mayor's or president's signature as written by the designee, with the designee's own signature beneath",
                        "record the notice in the journal and file it with the clerk");
                r.found(SIGNING, "The mayor or president may designate in writing another person to affix the signature; instruments so signed bind the "
                        + "municipality as if signed in person.");
                yield r.answered(new Answer(power, true, steps, null), "Yes: " + String.join("; ", steps) + ". Instruments so signed bind the municipality.");
            }
        };
    }

    private Envelope<Answer> release(In<Facts> in, Reasons r) {
        String rule = "The mayor or president may release any person imprisoned for violating an ordinance, and reports the release and its reasons "
                + "to the corporate authorities at their first meeting after it.";
        // the meeting the report is due at needs the day of the release; without meetings the power itself is the answer
        if (!in.given(RELEASED_ON) && !in.given(MEETINGS)) {
            r.found(PRISONERS, rule);
            return r.answered(new Answer(Power.RELEASE_PRISONER, true, List.of("report the release and its reasons at the first meeting after it"), null),
                    "Yes, for a person imprisoned for violating a municipal ordinance; the release and its reasons are reported at the corporate "
                            + "authorities' first meeting after it.");
        }
        LocalDate released = in.the(RELEASED_ON, PRISONERS);
        List<LocalDate> meetings = in.the(MEETINGS, PRISONERS);
        // "their first meeting after the release": a meeting the same day is the one if it came after the release, which the
        // dates alone cannot say
        boolean sameDay = meetings.contains(released);
        LocalDate next = sameDay && in.is(SAME_DAY_AFTER, PRISONERS) ? released
                : meetings.stream().filter(d -> d.isAfter(released)).sorted().findFirst().orElseGet(() -> in.needMore(MEETINGS, PRISONERS));
        r.found(PRISONERS, rule + " Released on " + released + ": the report is due at the meeting of " + next + ".");
        return r.answered(new Answer(Power.RELEASE_PRISONER, true, List.of("report the release and its reasons at the meeting of " + next), next),
                "Yes, for a person imprisoned for violating a municipal ordinance; report the release and its reasons at the meeting of " + next + ".");
    }
}
