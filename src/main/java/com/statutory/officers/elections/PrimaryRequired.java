package com.statutory.officers.elections;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * primary-required: whether a nonpartisan primary is held, and for which offices.
 *
 * <p>Readings. Villages (3.1-25-20): an office is uncontested when no more persons filed than are "to be nominated to the office";
 * the primary nominates 4 candidates for president and 4 times the trustee seats (3.1-25-40(a)), so those are the numbers to be
 * nominated. The other reading (the seats themselves) is reported beside it. A write-in notice for an uncontested office filed on or
 * before the 61st day before the consolidated primary puts that office on the primary ballot. Cities (3.1-20-45), as the text
 * stands: an office is uncontested when not more than 4 persons filed for it, whatever the seats; the other reading (no more than
 * advance from a primary: 2, 4 or 6 for 1, 2 or 3 seats) is reported beside it. A write-in notice for an uncontested city office
 * brings no primary: the text says that then "no primary ballot shall be printed", read here as for that office, and the write-in
 * candidate refiles for the general election.
 */
public final class PrimaryRequired implements Decides<PrimaryRequired.Facts, PrimaryRequired.Answer> {

    public static final String NAME = "primary-required";

    static final Applied LAW = new Applied();
    static final Provision CITY = LAW.require("3.1-20-45");
    static final Provision VILLAGE = LAW.require("3.1-25-20");
    static final Provision VILLAGE_BALLOT = LAW.require("3.1-25-40(a)");
    static final int CITY_UNCONTESTED_UP_TO = 4;
    static final int VILLAGE_NOMINEES_PER_SEAT = 4;
    static final int CITY_ADVANCE_PER_SEAT = 2;
    static final int WRITE_IN_NOTICE_DAYS_BEFORE = 61;

    public record Race(
            @Title("Office")
            @JsonPropertyDescription("The office, as the ballot names it (e.g. \"Trustee\", \"Alderperson, Ward 3\").")
            @NotBlank(message = "is required: the office's name") @Size(max = 100, message = "must be at most 100 characters") String office,
            @Title("Seats")
            @JsonPropertyDescription("Seats to be filled for that office at the general election.")
            @Min(value = 1, message = "must be at least 1") @Max(value = 30, message = "must be at most 30") Integer seats,
            @Title("Persons who filed")
            @JsonPropertyDescription("Persons who timely filed valid nominating papers for that office.")
            @Min(value = 0, message = "must be at least 0") @Max(value = 500, message = "must be at most 500") Integer filed,
            @Title("Write-in notice filed?")
            @JsonPropertyDescription("Whether a person who had not filed nominating papers filed a notice of intent to be a write-in candidate for this office.")
            Boolean writeInNotice,
            @Title("Write-in notice filed on")
            @JsonPropertyDescription("Village: the date that write-in notice was filed (it must be on or before the 61st day before the consolidated primary).")
            LocalDate writeInNoticeFiledOn) {
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: a city (3.1-20-45) or a village (3.1-25-20).") @Valid Municipality municipality,
            @Title("Nonpartisan primary elections?")
            @JsonPropertyDescription("Whether the city elects its officers at nonpartisan primary and general elections, or the village elects its "
                    + "president and trustees under 3.1-25-20 to 3.1-25-55 (it has not voted for partisan elections under 3.1-25-65, nor kept "
                    + "partisan elections held before 1992).")
            Boolean nonpartisanPrimaries,
            @Title("Offices on the ballot")
            @JsonPropertyDescription("Each office to be voted on, with its seats, filings and any write-in notice.")
            @Size(min = 1, max = 40, message = "must list 1 to 40 offices") List<@Valid Race> offices,
            @Title("Consolidated primary date")
            @JsonPropertyDescription("Village: the date of the consolidated primary election (the write-in notice deadline counts back from it).")
            LocalDate consolidatedPrimary) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (offices == null) {
                return p;
            }
            p.addAll(FieldProblem.listedTwice(offices, r -> r == null || r.office() == null ? null : r.office().trim().toLowerCase(),
                    "offices[%d].office", "an office"));
            for (int i = 0; i < offices.size(); i++) {
                Race race = offices.get(i);
                if (race != null && Boolean.FALSE.equals(race.writeInNotice()) && race.writeInNoticeFiledOn() != null) {
                    p.add(new FieldProblem("offices[" + i + "].writeInNoticeFiledOn", "is given but writeInNotice is false"));
                }
            }
            return p;
        }
    }

    /**
     * @param uncontestedUpTo   the most filings with which the office is uncontested, on the reading implemented
     * @param writeInForcesPrimary  a timely write-in notice puts this uncontested office on the primary ballot (villages)
     * @param contestedOtherReading whether the office is contested on the other reading of "to be nominated"
     */
    public record RaceResult(String office, Integer seats, int filed, Integer uncontestedUpTo, boolean contested, boolean writeInForcesPrimary,
            boolean onPrimaryBallot, boolean contestedOtherReading) {
    }

    /**
     * @param primaryHeld              whether a primary is held
     * @param onPrimaryBallot          the offices on the primary ballot
     * @param primaryHeldOtherReading  the same on the other reading of "uncontested" (see the description)
     * @param writeInNoticeDeadline    village: the last day to file a write-in notice (the 61st day before the consolidated primary)
     */
    public record Answer(@Decision Boolean primaryHeld, @Decision List<String> onPrimaryBallot, List<RaceResult> offices,
            Boolean primaryHeldOtherReading, List<String> onPrimaryBallotOtherReading, LocalDate writeInNoticeDeadline) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Is a primary required?",
            "Whether a nonpartisan primary is held and which offices go on its ballot, from the persons who timely filed for each office and "
                    + "any write-in notices. Villages (3.1-25-20): no primary when every office is uncontested; only contested offices on the "
                    + "ballot; uncontested means no more filings than persons to be nominated, read as 4 for president and 4 times the trustee "
                    + "seats (3.1-25-40(a)); a write-in notice filed on or before the 61st day before the consolidated primary puts an "
                    + "uncontested office on the ballot. Cities (3.1-20-45), as the text stands: uncontested means not more than 4 filings per "
                    + "office; a write-in notice brings no primary (no primary ballot printed; the write-in refiles for the general election). "
                    + "The other reading of \"to be nominated\" (the seats in a village; 2, 4 or 6 in a city) is given beside it. Towns and "
                    + "partisan elections: NOT_APPLICABLE.",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("Whether a nonpartisan primary must be held, and for which offices.")
            .askedAs("whether a primary election must be held, how many candidates filed for the seats, write-in candidates");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 4_200), true, List.of(
                new Race("President", 1, 2, true, LocalDate.parse("2026-12-15")),
                new Race("Trustee", 3, 14, false, null)), LocalDate.parse("2027-02-23"));
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Boolean> NONPARTISAN = Fact.yesNo("nonpartisanPrimaries", Facts::nonpartisanPrimaries, "Does the city elect its officers "
            + "at nonpartisan primary and general elections, or the village its president and trustees under 3.1-25-20 to 3.1-25-55 (it has not voted "
            + "for partisan elections, nor kept partisan elections held before 1992)?");
    static final Fact<Facts, List<Race>> OFFICES = Fact.value("offices", Facts::offices,
            "Which offices are to be voted on, and for each: the seats, the persons who filed, and whether a write-in notice was filed?");
    static final Fact<Facts, LocalDate> PRIMARY = Fact.date("consolidatedPrimary", Facts::consolidatedPrimary,
            "On what date is the consolidated primary election? A write-in notice counts only if filed on or before the 61st day before it.");

    /** One office's facts, by its place in the list. */
    private record Office(int i) {
        Fact<Facts, Integer> seats() {
            return Fact.<Facts>count("offices[" + i + "].seats", f -> f.offices().get(i).seats(), 1, 30,
                    "How many seats are to be filled for that office at the general election?").said("the seats to be filled for that office");
        }

        Fact<Facts, Integer> filed() {
            return Fact.<Facts>count("offices[" + i + "].filed", f -> f.offices().get(i).filed(), 0, 500,
                    "How many persons timely filed valid nominating papers for that office?");
        }

        Fact<Facts, Boolean> notice() {
            return Fact.<Facts>yesNo("offices[" + i + "].writeInNotice", f -> f.offices().get(i).writeInNoticeFiledOn() != null ? Boolean.TRUE
                    : f.offices().get(i).writeInNotice(), "Did a person who had not filed nominating papers file a notice of intent to be a write-in "
                            + "candidate for that office?").said("whether a write-in notice was filed for that office");
        }

        Fact<Facts, LocalDate> noticeOn() {
            return Fact.<Facts>date("offices[" + i + "].writeInNoticeFiledOn", f -> f.offices().get(i).writeInNoticeFiledOn(),
                    "On what date was that write-in notice filed?").said("the date the write-in notice was filed");
        }
    }

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        MunicipalityKind kind = in.the(KIND, VILLAGE);
        if (kind == MunicipalityKind.INCORPORATED_TOWN) {
            r.found(VILLAGE, "The nonpartisan primary of 3.1-25-20 is for villages incorporated under this Code; 3.1-20-45 for cities.");
            return r.notApplicable(new Answer(null, null, null, null, null, null),
                    "Article 3.1's nonpartisan primary rules are for cities and villages; an incorporated town's nominations follow the Election Code.");
        }
        boolean village = kind == MunicipalityKind.VILLAGE;
        Provision rule = village ? VILLAGE : CITY;
        if (!in.is(NONPARTISAN, rule)) {
            r.found(rule, village ? "The village does not elect its president and trustees under 3.1-25-20 to 3.1-25-55."
                    : "Section 3.1-20-45 governs a city that elects its officers at nonpartisan primary and general elections; this one does not.");
            return r.notApplicable(new Answer(null, null, null, null, null, null),
                    "Partisan nominations follow the Election Code; Article 3.1's nonpartisan primary rules do not apply.");
        }
        List<Race> offices = in.the(OFFICES, rule);
        List<RaceResult> results = new ArrayList<>();
        List<String> ballot = new ArrayList<>();
        List<String> ballotOther = new ArrayList<>();
        LocalDate deadline = null;
        for (int i = 0; i < offices.size(); i++) {
            Office o = new Office(i);
            String name = offices.get(i).office();
            int filed = in.the(o.filed(), rule);
            // village: uncontested while no more filed than the persons to be nominated, 4 a seat (3.1-25-40(a)); city: up to 4
            boolean contested = village ? in.atMost(o.seats(), (filed - 1) / VILLAGE_NOMINEES_PER_SEAT, rule) : filed > CITY_UNCONTESTED_UP_TO;
            // the other reading: no more filings than seats (village), or than advance from a primary, 2 a seat (city)
            boolean contestedOther = in.atMost(o.seats(), village ? filed - 1 : (filed - 1) / CITY_ADVANCE_PER_SEAT, rule);
            Optional<Integer> seats = in.ifGiven(o.seats());
            Integer upTo = village ? seats.map(n -> VILLAGE_NOMINEES_PER_SEAT * n).orElse(null) : Integer.valueOf(CITY_UNCONTESTED_UP_TO);
            boolean forces = false;
            boolean forcesOther = false;
            StringBuilder finding = new StringBuilder(name + ": " + filed + " filed" + seats.map(n -> " for " + count(n, "seat")).orElse("") + "; ");
            finding.append(contested ? "more than " + (upTo == null ? "the persons to be nominated" : upTo) + ", so the nomination is contested."
                    : "not more than " + (upTo == null ? "the persons to be nominated" : upTo + (village ? " (the persons to be nominated)" : " persons for the office"))
                            + ", so it is uncontested.");
            // a village's write-in notice, filed on or before the 61st day before the consolidated primary, forces a primary for an
            // uncontested office; for a contested one there is a primary anyway
            if (village && !contested && in.is(o.notice(), VILLAGE)) {
                deadline = in.the(PRIMARY, VILLAGE).minusDays(WRITE_IN_NOTICE_DAYS_BEFORE);
                forces = in.onOrBefore(o.noticeOn(), deadline, VILLAGE);
                String on = in.ifGiven(o.noticeOn()).map(d -> " on " + d).orElse("");
                finding.append(forces ? " A write-in notice was filed" + on + ", on or before " + deadline
                        + " (the 61st day before the consolidated primary of " + in.ifGiven(PRIMARY).get() + "): a primary must be held for the office."
                        : " A write-in notice was filed" + on + ", after " + deadline
                                + " (the 61st day before the consolidated primary): the election authority has no duty to hold a primary for it.");
            }
            if (village && !contestedOther) {
                LocalDate by = deadline;
                forcesOther = by != null && in.ifGiven(o.noticeOn()).filter(d -> !d.isAfter(by)).isPresent();
            }
            if (!village && !contested && in.ifGiven(o.notice()).orElse(false)) {
                finding.append(" A write-in notice was filed: as the text stands, no primary ballot is printed for the office, and the write-in "
                        + "candidate must refile a declaration of intent for the general election.");
            }
            if (contested || forces) {
                ballot.add(name);
            }
            if (contestedOther || forcesOther) {
                ballotOther.add(name);
            }
            results.add(new RaceResult(name, seats.orElse(null), filed, upTo, contested, forces, contested || forces, contestedOther));
            r.found(rule, finding.toString());
        }
        if (village) {
            r.found(VILLAGE_BALLOT, "Read with 3.1-25-40(a): the primary nominates the 4 highest for president and 4 times the trustee seats, so "
                    + "those are the persons to be nominated to each office.");
        }
        boolean held = !ballot.isEmpty();
        boolean heldOther = !ballotOther.isEmpty();
        String summary = held ? "A primary is held, with " + list(ballot) + " on the primary ballot"
                + (ballot.size() < offices.size() ? "; the uncontested offices are left off." : ".")
                : "No primary is held: the nomination for every office is uncontested.";
        if (heldOther != held || !ballotOther.equals(ballot)) {
            summary += " Read the other way (" + (village ? "uncontested meaning no more filings than seats" : "uncontested meaning no more filings "
                    + "than advance from a primary: 2, 4 or 6") + "), " + (heldOther ? "the primary ballot would carry " + list(ballotOther) + "."
                            : "no primary would be held.");
        }
        return r.answered(new Answer(held, List.copyOf(ballot), List.copyOf(results), heldOther, List.copyOf(ballotOther), deadline), summary);
    }

    private static int uncontestedUpTo(boolean village, Race race) {
        return village ? VILLAGE_NOMINEES_PER_SEAT * race.seats() : CITY_UNCONTESTED_UP_TO;
    }
}
