package com.statutory.officers.council;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
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
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/** presiding-officer: who presides, and with what vote and veto, when the mayor or president cannot. */
public final class PresidingOfficer implements Decides<PresidingOfficer.Facts, PresidingOfficer.Answer> {

    public static final String NAME = "presiding-officer";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision PRO_TEM = LAW.require("3.1-35-35(a)");
    static final Provision TEMPORARY_CHAIRMAN = LAW.require("3.1-35-35(b)");
    static final Provision MAYOR_PRESIDES = LAW.require("3.1-40-30");
    static final Provision ACTING_SEAT = LAW.require("3.1-10-50(d)");
    static final Provision SMALL_VILLAGE_RESIDENT = LAW.require("3.1-10-50(f)(1)");
    static final Provision LARGE_ACTING_MAYOR = LAW.require("3.1-10-51(c)");
    static final int SMALL_VILLAGE = 5_000;

    public enum Situation {
        /** The mayor or president is there to preside. */
        PRESENT,
        /** Temporarily absent because of an incapacity that does not create a vacancy. */
        TEMPORARILY_INCAPACITATED,
        /** Absent, and no acting mayor/president or pro tem is there either. */
        @Title("Absent, with no acting or pro tem officer") ABSENT_WITHOUT_ACTING_OR_PRO_TEM,
        /** The office is vacant and an acting mayor or president was elected. */
        OFFICE_VACANT
    }

    public enum Role { MAYOR_OR_PRESIDENT, PRO_TEM, TEMPORARY_CHAIRMAN, ACTING_MAYOR_OR_PRESIDENT }

    public enum Vote {
        /** Votes as the mayor or president does, in the cases of 3.1-40-30. */
        AS_MAYOR_OR_PRESIDENT,
        /** Votes once, only as the alderperson or trustee the person also is. */
        ONLY_AS_MEMBER
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind names the roles; population decides which vacancy section applies.") @Valid Municipality municipality,
            @Title("Why the mayor or president is not presiding")
            @JsonPropertyDescription("Why the mayor or president is not presiding.") Situation situation,
            @Title("Did the acting officer resign their own seat?")
            @JsonPropertyDescription("Office vacant: whether the acting mayor or president resigned their own alderperson or trustee seat.") Boolean actingResignedOriginalSeat,
            @Title("Is the acting president a resident who is not a trustee?")
            @JsonPropertyDescription("Office vacant, village under 5,000: whether the acting president is a village resident who is not a trustee.") Boolean actingIsNonTrusteeResident,
            @Title("Will the seat's term have expired by then?")
            @JsonPropertyDescription("Office vacant, acting officer kept the seat: whether the seat's term will have expired when a mayor or president is elected and qualifies.")
            Boolean originalTermExpiredBySuccession) implements InMunicipality, CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            boolean notSmallVillage = municipality != null && (municipality.kind() != null && municipality.kind() != MunicipalityKind.VILLAGE
                    || municipality.population() != null && municipality.population() >= SMALL_VILLAGE);
            if (Boolean.TRUE.equals(actingIsNonTrusteeResident) && notSmallVillage) {
                return List.of(new FieldProblem("actingIsNonTrusteeResident",
                        "only a village of less than 5,000 may elect a resident who is not a trustee acting president (3.1-10-50(f)(1))"));
            }
            return List.of();
        }
    }

    public record Answer(@Decision Role role, String chosenBy, String powers, @Decision Vote vote, @Decision Boolean veto, @Decision Boolean returnsToOriginalSeat) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Who presides, with what vote and veto",
            "Who presides and with what vote and veto when the mayor or president is temporarily incapacitated (a pro tem "
                    + "elected from the members, with all the powers but one vote only), absent with no acting officer or pro tem "
                    + "(a temporary chairman with presiding powers only, voting as a member), or the office is vacant (an acting "
                    + "mayor or president: who resigned the original seat votes and vetoes as mayor; who did not votes only as a "
                    + "member, has no veto and returns to the seat if its term has not expired). Reading: where the remainder of the "
                    + "term goes to the next election, 3.1-10-50 names no acting officer; this answer reads paragraph (f)(1) or (g)(1) "
                    + "as applying by analogy, as vacancy-filling also states. Applies 3.1-35-35, 3.1-40-30 and 3.1-10-50(d).",
            Area.COUNCIL_AND_BOARD, LAW, Facts.class, Answer.class)
            .decides("Who presides when the mayor or president cannot, and with what vote and veto.")
            .askedAs("who chairs or runs the meeting when the mayor or president is absent, temporary chair, whether the chair votes or breaks a tie");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 8_000), Situation.OFFICE_VACANT, false, null, false);
    }

    static final Fact<Facts, Situation> SITUATION = Fact.choice("situation", Situation.class, Facts::situation,
            "Is the mayor or president present, temporarily incapacitated, absent with no acting officer or pro tem, or is the office vacant?");
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> RESIGNED_SEAT = Fact.yesNo("actingResignedOriginalSeat", Facts::actingResignedOriginalSeat,
            "Did the acting mayor or president resign their alderperson or trustee seat after being elected acting?");
    static final Fact<Facts, Boolean> RESIDENT = Fact.yesNo("actingIsNonTrusteeResident", Facts::actingIsNonTrusteeResident,
            "Is the acting president a village resident who is not a trustee?").said("whether the acting president is a resident who is not a trustee");
    static final Fact<Facts, Boolean> TERM_EXPIRED = Fact.yesNo("originalTermExpiredBySuccession", Facts::originalTermExpiredBySuccession,
            "Will the acting officer's own seat's term have expired when a mayor or president is elected and qualifies?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Situation situation = in.the(SITUATION, PRO_TEM);
        MunicipalityKind kind = in.ifGiven(KIND).orElse(null);
        Words w = Words.of(kind);
        switch (situation) {
            case PRESENT -> {
                r.found(MAYOR_PRESIDES, "The " + w.chief() + " presides at all meetings and votes only in the cases of 3.1-40-30.");
                return r.answered(new Answer(Role.MAYOR_OR_PRESIDENT, "the electors", "all the powers of the office", Vote.AS_MAYOR_OR_PRESIDENT, true, null),
                        "The " + w.chief() + " presides, votes only on a tie, when half the " + w.members() + " elected vote yes, or when more than a majority is required, and may veto.");
            }
            case TEMPORARILY_INCAPACITATED -> {
                r.found(PRO_TEM, "The corporate authorities elect one of their members " + w.chief() + " pro tem, who has all the rights and powers of the "
                        + w.chief() + " during the absence but does not vote both as pro tem and as " + w.member() + ".");
                r.found(MAYOR_PRESIDES, "A " + w.chief() + " pro tem votes in the capacity of " + w.member() + " and is not entitled to another vote.");
                return r.answered(new Answer(Role.PRO_TEM, "the corporate authorities, electing one of their members", "all the rights and powers of the " + w.chief(),
                        Vote.ONLY_AS_MEMBER, true, null),
                        "A " + w.chief() + " pro tem, elected by the corporate authorities from their members, presides with all the " + w.chief()
                                + "'s powers, including the veto, but votes only once, as a " + w.member() + ".");
            }
            case ABSENT_WITHOUT_ACTING_OR_PRO_TEM -> {
                r.found(TEMPORARY_CHAIRMAN, "The corporate authorities may elect one of their members temporary chairman, with only the powers of a "
                        + "presiding officer and a vote only as " + w.member() + ".");
                return r.answered(new Answer(Role.TEMPORARY_CHAIRMAN, "the corporate authorities, electing one of their members", "only the powers of a presiding officer",
                        Vote.ONLY_AS_MEMBER, false, null),
                        "A temporary chairman elected from the members presides, with only a presiding officer's powers (no veto), voting only as a " + w.member() + ".");
            }
            default -> {
                return vacant(in, r, w);
            }
        }
    }

    private Envelope<Answer> nonTrusteeResident(Reasons r) {
        r.found(SMALL_VILLAGE_RESIDENT, "In a village under 5,000, a resident elected acting president when no trustee would serve votes and "
                + "has veto power in the manner provided by law for a president.");
        return r.answered(new Answer(Role.ACTING_MAYOR_OR_PRESIDENT, "the trustees, electing a qualified village resident", "the powers of the president",
                Vote.AS_MAYOR_OR_PRESIDENT, true, null),
                "The acting president (a village resident, not a trustee) presides, votes and vetoes as the president does.");
    }

    /** 3.1-10-50(d) and (f)(1) under 500,000; 3.1-10-51(c) and 3.1-40-30 at 500,000 or more. */
    private Envelope<Answer> vacant(In<Facts> in, Reasons r, Words w) {
        // a non-trustee resident acting president exists only in a village under 5,000 (a larger one is refused as a contradiction)
        if (in.ifGiven(RESIDENT).orElse(false)) {
            return nonTrusteeResident(r);
        }
        String acting = "acting " + w.chief();
        if (in.atLeast(POPULATION, Municipality.LARGE, LARGE_ACTING_MAYOR)) {
            r.found(LARGE_ACTING_MAYOR, "In a municipality of 500,000 or more, the corporate authorities elect one of their members acting mayor, "
                    + "with all the rights and powers of the mayor.");
            r.found(MAYOR_PRESIDES, "An acting mayor votes in the capacity of " + w.member() + " and is not entitled to another vote as acting mayor.");
            return r.answered(new Answer(Role.ACTING_MAYOR_OR_PRESIDENT, "the corporate authorities, electing one of their members",
                    "all the rights and powers of the mayor", Vote.ONLY_AS_MEMBER, true, null),
                    "The acting mayor presides with all the mayor's powers, including the veto, and votes once, as " + w.member() + ".");
        }
        // (f)(1): in a village under 5,000 the acting president may be a resident who is not a trustee, who then votes and vetoes
        if (in.is(KIND, MunicipalityKind.VILLAGE, SMALL_VILLAGE_RESIDENT) && in.atMost(POPULATION, SMALL_VILLAGE - 1, SMALL_VILLAGE_RESIDENT)
                && in.is(RESIDENT, SMALL_VILLAGE_RESIDENT)) {
            return nonTrusteeResident(r);
        }
        // (d): who presides is settled; whether the acting officer votes and vetoes as the chief turns on the seat, a detail left open
        Optional<Boolean> resigned = in.ifGiven(RESIGNED_SEAT);
        if (resigned.isEmpty()) {
            r.found(ACTING_SEAT, "The " + acting + ", elected by the corporate authorities from their members, exercises the " + w.chief()
                    + "'s powers; having resigned the original seat, the " + acting + " votes and vetoes as the " + w.chief() + ", and otherwise votes only "
                    + "as " + w.member() + " and has no veto. Whether the seat was resigned was not given.");
            return r.answered(new Answer(Role.ACTING_MAYOR_OR_PRESIDENT, "the corporate authorities, electing one of their members",
                    "the powers of the " + w.chief(), null, null, null),
                    "The " + acting + " presides with the " + w.chief() + "'s powers. Whether they vote and veto as the " + w.chief()
                            + " turns on whether they resigned their own seat, which was not given.");
        }
        if (resigned.get()) {
            r.found(ACTING_SEAT, "Having resigned the original seat (which is then filled as a vacancy), the " + acting
                    + " exercises the " + w.chief() + "'s powers and votes and vetoes as the " + w.chief() + ".");
            return r.answered(new Answer(Role.ACTING_MAYOR_OR_PRESIDENT, "the corporate authorities, electing one of their members",
                    "the powers of the " + w.chief(), Vote.AS_MAYOR_OR_PRESIDENT, true, false),
                    "The " + acting + " presides with the " + w.chief() + "'s powers and votes and vetoes as the " + w.chief()
                            + "; the " + w.member() + " seat they resigned is filled as a vacancy.");
        }
        // (d): returns to the seat only "if that person's original term of office has not expired" when the successor qualifies
        Boolean returns = in.ifGiven(TERM_EXPIRED).map(expired -> !expired).orElse(null);
        r.found(ACTING_SEAT, "Not having resigned the original seat, the " + acting + " exercises the " + w.chief() + "'s powers but votes only as the "
                + w.member() + " they remain and has no veto; once a " + w.chief() + " is elected and qualifies, they return to the seat for the rest "
                + "of its term if that term has not expired" + (returns == null ? "." : returns ? ", as it will not have." : "; it will have expired."));
        return r.answered(new Answer(Role.ACTING_MAYOR_OR_PRESIDENT, "the corporate authorities, electing one of their members",
                "the powers of the " + w.chief() + " except the veto", Vote.ONLY_AS_MEMBER, false, returns),
                "The " + acting + " presides with the " + w.chief() + "'s powers but no veto, votes only as a " + w.member()
                        + (returns == null ? ", and returns to that seat when a " + w.chief() + " is elected and qualifies if its term has not expired by then."
                                : returns ? ", and returns to that seat when a " + w.chief() + " is elected and qualifies."
                                        : "; that seat's term will have expired when a " + w.chief() + " is elected and qualifies."));
    }
}
