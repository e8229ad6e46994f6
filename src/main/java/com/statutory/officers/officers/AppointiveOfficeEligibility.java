package com.statutory.officers.officers;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * appointive-office-eligibility: may the person be appointed, given the elector and residency rules and their exceptions.
 *
 * <p>Reading: a "qualified elector of the municipality" lives in it, so an exemption from "the residency requirements"
 * (3.1-10-6(b), 3.1-30-10(b), an ordinance under 3.1-10-6(c)) also lifts the elector requirement of (a) for a non-resident.
 */
public final class AppointiveOfficeEligibility implements Decides<AppointiveOfficeEligibility.Facts, AppointiveOfficeEligibility.Answer> {

    public static final String NAME = "appointive-office-eligibility";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision ELECTOR = LAW.require("3.1-10-6(a)");
    static final Provision EXEMPT = LAW.require("3.1-10-6(b)");
    static final Provision POLICE_FIRE = LAW.require("3.1-10-6(c)");
    static final Provision DEPUTY_CLERK = LAW.require("3.1-30-10(b)");
    static final Provision AUXILIARY = LAW.require("3.1-30-20(b)");
    static final int POLICE_FIRE_LIMIT = 500_000;

    public enum Office {
        /** Engineer, health officer, attorney, or another officer requiring technical training or knowledge. */
        TECHNICAL_OFFICER, APPOINTED_VILLAGE_TREASURER, APPOINTED_VILLAGE_CLERK, COLLECTOR, DEPUTY_CLERK, POLICE_OFFICER, FIREFIGHTER,
        AUXILIARY_POLICE_OFFICER, @Title("Other appointive office") OTHER_APPOINTIVE
    }

    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality.") @Valid Municipality municipality,
            @Title("Appointive office")
            @JsonPropertyDescription("The appointive office.") Office office,
            @Title("Is the person a qualified elector?")
            @JsonPropertyDescription("Whether the person is a qualified elector of the municipality (registered voter living there).") Boolean qualifiedElector,
            @Title("Is the clerk also the collector by ordinance?")
            @JsonPropertyDescription("Collectors: whether an ordinance makes the clerk also the collector.") Boolean clerkDesignatedCollector,
            @Title("May police and firefighters live outside by ordinance?")
            @JsonPropertyDescription("Police and firefighters: whether an ordinance lets them live outside the municipality.") Boolean residencyOrdinanceAllowsOutside,
            @Title("Has the town superseded a civil township?")
            @JsonPropertyDescription("Incorporated towns: whether the town has superseded a civil township.") Boolean supersededCivilTownship,
            @Title("Convicted of a felony or crime of moral turpitude?")
            @JsonPropertyDescription("Auxiliary police: whether the person was convicted of a felony or other crime involving moral turpitude.") Boolean convictedOfFelonyOrMoralTurpitude,
            @Title("Were fingerprints taken before appointment?")
            @JsonPropertyDescription("Auxiliary police: whether the person's fingerprints were taken before appointment.") Boolean fingerprintsTaken,
            @Title("Must auxiliary police officers be residents?")
            @JsonPropertyDescription("Auxiliary police: whether the municipal authorities require auxiliary police officers to be residents.") Boolean auxiliaryResidencyRequired,
            @Title("Does the person live in the municipality?")
            @JsonPropertyDescription("Auxiliary police: whether the person resides in the municipality.") Boolean residesInMunicipality) {
    }

    /**
     * @param residencyRequired whether the office requires residence (being a qualified elector of the municipality); null
     *                          where it was not decided because it cannot change whether this person may be appointed
     */
    public record Answer(@Decision boolean mayBeAppointed, Boolean residencyRequired, List<String> conditions) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Eligibility for an appointive office",
            "Decides whether a person may be appointed to an appointive office: a qualified elector of the municipality unless "
                    + "another law provides otherwise; no residency requirement for engineers, health officers, attorneys and other "
                    + "technical officers, appointed village treasurers and clerks, and appointed city or village collectors (unless the "
                    + "clerk is made collector by ordinance; read literally, not an incorporated town's collector), or for deputy clerks under "
                    + "500,000; police and firefighters may live outside under an ordinance only in municipalities of not more than 500,000 and not in incorporated towns that superseded a township; "
                    + "auxiliary police must be fingerprinted and have no felony or moral-turpitude conviction. Applies 3.1-10-6, "
                    + "3.1-30-10(b), 3.1-30-20(b).",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Whether a person may be appointed to an appointive office, residence included.")
            .askedAs("who can be appointed: whether an appointed officer such as the police chief, attorney or engineer must live in town or be a voter");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 12_000), Office.POLICE_OFFICER, false, null, true, null, null, null,
                null, null);
    }

    static final Fact<Facts, Office> OFFICE = Fact.choice("office", Office.class, Facts::office, "Which appointive office?");
    static final Fact<Facts, MunicipalityKind> KIND = Fact.<Facts, MunicipalityKind>choice("municipality.kind", MunicipalityKind.class,
            f -> f.municipality() == null ? null : f.municipality().kind(), Municipality.ASK_KIND);
    static final Fact<Facts, Integer> POPULATION = Fact.<Facts>count("municipality.population",
            f -> f.municipality() == null ? null : f.municipality().population(), 1, 20_000_000, Municipality.ASK_POPULATION).said("the number of inhabitants");
    static final Fact<Facts, Boolean> ELECTOR_FACT = Fact.yesNo("qualifiedElector", Facts::qualifiedElector,
            "Is the person a qualified elector (registered voter living in) the municipality?").said("whether the person is a qualified elector");
    static final Fact<Facts, Boolean> CLERK_COLLECTOR = Fact.yesNo("clerkDesignatedCollector", Facts::clerkDesignatedCollector,
            "Has the municipality made the clerk also the collector by ordinance?");
    static final Fact<Facts, Boolean> ORDINANCE_OUTSIDE = Fact.yesNo("residencyOrdinanceAllowsOutside", Facts::residencyOrdinanceAllowsOutside,
            "Has the municipality adopted an ordinance letting police and firefighters live outside its limits?");
    static final Fact<Facts, Boolean> SUPERSEDED = Fact.yesNo("supersededCivilTownship", Facts::supersededCivilTownship,
            "Has the incorporated town superseded a civil township?");
    static final Fact<Facts, Boolean> CONVICTED = Fact.yesNo("convictedOfFelonyOrMoralTurpitude", Facts::convictedOfFelonyOrMoralTurpitude,
            "Has the person been convicted of a felony or another crime involving moral turpitude?");
    static final Fact<Facts, Boolean> PRINTS = Fact.yesNo("fingerprintsTaken", Facts::fingerprintsTaken, "Have the person's fingerprints been taken?");
    static final Fact<Facts, Boolean> RESIDENCE_REQUIRED = Fact.yesNo("auxiliaryResidencyRequired", Facts::auxiliaryResidencyRequired,
            "Do the municipal authorities require auxiliary police officers to be residents?");
    static final Fact<Facts, Boolean> RESIDES = Fact.yesNo("residesInMunicipality", Facts::residesInMunicipality, "Does the person reside in the municipality?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Office office = in.the(OFFICE, ELECTOR);
        List<String> conditions = new ArrayList<>();
        if (office == Office.AUXILIARY_POLICE_OFFICER) {
            return auxiliary(in, r, conditions);
        }
        // (a): a qualified elector meets it whatever the exemptions; for a non-elector the exemption decides
        if (in.is(ELECTOR_FACT, ELECTOR)) {
            r.found(ELECTOR, "No person is eligible for an appointive office unless a qualified elector of the municipality; the person is one.");
            return r.answered(new Answer(true, null, conditions), "The person may be appointed: the person is a qualified elector of the municipality.");
        }
        boolean exempt = exempt(in, office, r, conditions);
        if (!exempt) {
            r.found(ELECTOR, "No person is eligible for an appointive office unless a qualified elector of the municipality; the person is not.");
            conditions.add("must be a qualified elector of the municipality");
        }
        return r.answered(new Answer(exempt, !exempt, conditions), (exempt ? "The person may be appointed." : "The person may not be appointed.")
                + (exempt ? " The residency requirement does not apply to this office." : "")
                + (conditions.isEmpty() ? "" : " " + String.join("; ", conditions) + "."));
    }

    /**
     * 3.1-30-20(b) provides otherwise than 3.1-10-6(a) for auxiliary police (the "otherwise provided by law" of (a)): residence
     * is the municipal authorities' option, so the elector requirement is not applied; fingerprints and no conviction are.
     */
    private static Envelope<Answer> auxiliary(In<Facts> in, Reasons r, List<String> conditions) {
        if (in.is(CONVICTED, AUXILIARY)) {
            r.found(AUXILIARY, "No person convicted of a felony or other crime involving moral turpitude may be appointed an auxiliary police officer.");
            conditions.add("no person convicted of a felony or crime of moral turpitude may be appointed an auxiliary police officer");
            return r.answered(new Answer(false, null, conditions), "The person may not be appointed: " + conditions.get(0) + ".");
        }
        boolean prints = in.is(PRINTS, AUXILIARY);
        if (!prints) {
            r.found(AUXILIARY, "Before the appointment of an auxiliary police officer, the person's fingerprints shall be taken.");
            conditions.add("the person's fingerprints must be taken before the appointment");
        }
        boolean residenceOk = in.is(RESIDES, AUXILIARY) || !in.is(RESIDENCE_REQUIRED, AUXILIARY);
        if (!residenceOk) {
            r.found(AUXILIARY, "The municipal authorities require auxiliary police officers to be residents; the person is not one.");
            conditions.add("the municipality requires auxiliary police officers to be residents");
        }
        boolean may = conditions.isEmpty();
        r.found(AUXILIARY, "Before appointment the person's fingerprints must be taken, and no one convicted of a felony or crime of moral "
                + "turpitude may be appointed; the municipal authorities may require auxiliary police officers to be residents.");
        return r.answered(new Answer(may, in.ifGiven(RESIDENCE_REQUIRED).orElse(null), conditions), may ? "The person may be appointed an auxiliary police officer."
                : "The person may not be appointed an auxiliary police officer: " + String.join("; ", conditions) + ".");
    }

    /** 3.1-10-6(b) and (c), 3.1-30-10(b): whether the residency requirement is lifted. */
    private static boolean exempt(In<Facts> in, Office office, Reasons r, List<String> conditions) {
        return switch (office) {
            case TECHNICAL_OFFICER, APPOINTED_VILLAGE_TREASURER, APPOINTED_VILLAGE_CLERK -> {
                r.found(EXEMPT, "The residency requirements do not apply to technical officers or to appointed village treasurers and clerks.");
                yield true;
            }
            case COLLECTOR -> {
                // (b) names "appointed city or village collectors": not an incorporated town's, and not the clerk made collector
                if (in.is(CLERK_COLLECTOR, EXEMPT)) {
                    r.found(EXEMPT, "The clerk is designated collector by ordinance, so the collector's residency exemption does not apply.");
                    yield false;
                }
                if (in.is(KIND, MunicipalityKind.INCORPORATED_TOWN, EXEMPT)) {
                    r.found(EXEMPT, "The exemption covers appointed city or village collectors; an incorporated town's collector is not among them.");
                    yield false;
                }
                r.found(EXEMPT, "The residency requirements do not apply to an appointed collector.");
                yield true;
            }
            case DEPUTY_CLERK -> {
                boolean small = !in.atLeast(POPULATION, Municipality.LARGE, DEPUTY_CLERK);
                if (small) {
                    r.found(DEPUTY_CLERK, "In a municipality of less than 500,000, a deputy clerk need not be a resident.");
                }
                yield small;
            }
            case POLICE_OFFICER, FIREFIGHTER -> policeOrFire(in, r, conditions);
            default -> false;
        };
    }

    /** (c): a municipality of not more than 500,000, other than a town that superseded a civil township, may let them live outside. */
    private static boolean policeOrFire(In<Facts> in, Reasons r, List<String> conditions) {
        boolean mayAdopt = in.atMost(POPULATION, POLICE_FIRE_LIMIT, POLICE_FIRE)
                && !(in.is(KIND, MunicipalityKind.INCORPORATED_TOWN, POLICE_FIRE) && in.is(SUPERSEDED, POLICE_FIRE));
        if (!mayAdopt) {
            r.found(POLICE_FIRE, "Only municipalities of not more than 500,000, other than incorporated towns that superseded a civil township, may "
                    + "let police and firefighters live outside by ordinance; this one may not.");
            conditions.add("this municipality may not let police or firefighters live outside it under 3.1-10-6(c)");
            return false;
        }
        boolean ordinance = in.is(ORDINANCE_OUTSIDE, POLICE_FIRE);
        r.found(POLICE_FIRE, "A municipality of not more than 500,000 may by ordinance let police and firefighters live outside its limits, at "
                + "appointment and while serving; " + (ordinance ? "this one has." : "this one has not."));
        return ordinance;
    }
}
