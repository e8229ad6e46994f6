package com.statutory.officers.officers;

import static com.statutory.officers.answer.Prose.list;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.municipality.Words;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * police-powers: whether an officer may act as a conservator of the peace, serve warrants, carry a firearm or take on police duties.
 *
 * <p>Readings: the mayor, president, alderpersons, trustees, marshal, deputy marshals and police officers become conservators of the
 * peace only "after receiving" the Training Standards Board's certificate (3.1-15-25(a)); others have the arrest powers only if an
 * ordinance authorizes them. Warrants may be served by "any policeman or marshal" (3.1-15-25(b)): a deputy marshal is not named, so no; read
 * with the marshal's deputies included, yes (allowedOtherReading).
 * Part-time officers are members of the regular police department (3.1-30-21), so they are police officers for these powers. An
 * auxiliary officer's firearm needs all four conditions of 3.1-30-20: the chief's permission, uniform, the performance of duties and
 * the peace officers' firearm training.
 */
public final class PolicePowers implements Decides<PolicePowers.Facts, PolicePowers.Answer> {

    public static final String NAME = "police-powers";

    static final Applied LAW = new Applied();
    static final Provision CONSERVATORS = LAW.require("3.1-15-25(a)");
    static final Provision WARRANTS = LAW.require("3.1-15-25(b)");
    static final Provision AUXILIARY = LAW.require("3.1-30-20(a)");
    static final Provision AUXILIARY_TRAINING = LAW.require("3.1-30-20(b)");
    static final Provision PART_TIME = LAW.require("3.1-30-21");

    public enum Person {
        MAYOR_OR_PRESIDENT, ALDERPERSON_OR_TRUSTEE, MARSHAL, DEPUTY_MARSHAL, POLICE_OFFICER, @Title("Part-time police officer") PART_TIME_POLICE_OFFICER, AUXILIARY_POLICE_OFFICER,
        /** Anyone else, e.g. a code enforcement officer. */
        OTHER_PERSON
    }

    public enum Action {
        /** Arrest, commit and detain as a conservator of the peace (3.1-15-25(a)). */
        ARREST_AS_CONSERVATOR_OF_THE_PEACE,
        SERVE_WARRANTS,
        @Title("Carry a firearm") CARRY_FIREARM,
        REGULAR_POLICE_DUTIES,
        /** Traffic, natural or man-made disasters, civil disorder (the auxiliary's duties). */
        @Title("Traffic, disaster or civil disorder duty") TRAFFIC_DISASTER_OR_CIVIL_DISORDER,
        @Title("Supervise full-time officers") SUPERVISE_FULL_TIME_OFFICERS,
        @Title("Permanently replace a full-time officer") PERMANENTLY_REPLACE_FULL_TIME_OFFICER
    }

    public record Facts(
            @Title("Who acts")
            @JsonPropertyDescription("Who acts.") Person person,
            @Title("What the person would do")
            @JsonPropertyDescription("What the person would do.") Action action,
            @Title("Holds the training certificate?")
            @JsonPropertyDescription("Whether the person holds the Illinois Law Enforcement Training Standards Board's certificate of the training course.")
            Boolean trainingCertificate,
            @Title("Authorized by ordinance?")
            @JsonPropertyDescription("Another person: whether an ordinance authorizes the person to exercise the arrest powers.") Boolean authorizedByOrdinance,
            @Title("On duty?")
            @JsonPropertyDescription("Auxiliary officer: whether on duty (performing assigned duties).") Boolean onDuty,
            @Title("Permission of the chief of police?")
            @JsonPropertyDescription("Auxiliary officer with a firearm: whether the chief of police gave permission.") Boolean chiefPermission,
            @Title("In uniform?")
            @JsonPropertyDescription("Auxiliary officer with a firearm: whether in uniform.") Boolean inUniform,
            @Title("Firearm training as peace officers?")
            @JsonPropertyDescription("Auxiliary officer with a firearm: whether trained as peace officers are under the Peace Officer and Probation "
                    + "Officer Firearm Training Act.") Boolean firearmTraining,
            @Title("Impractical for the regular police?")
            @JsonPropertyDescription("Auxiliary officer and regular duties: whether it is impractical for the regular police to perform them.")
            Boolean regularPoliceImpractical,
            @Title("Assigned by the chief of police?")
            @JsonPropertyDescription("Auxiliary officer and regular duties: whether the chief of police assigned them.") Boolean chiefAssigned) {
    }

    /**
     * @param allowed whether Article 3.1 lets the person do it (null where it does not speak to it)
     * @param allowedOtherReading where the words bear a second reading that answers otherwise: that answer
     */
    public record Answer(@Decision Boolean allowed, List<String> conditions, @Decision Boolean allowedOtherReading) {

        Answer(Boolean allowed, List<String> conditions) {
            this(allowed, conditions, null);
        }
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Police powers",
            "Whether a person may act: conservators of the peace (mayor, president, alderpersons, trustees, marshal, deputies, police) only after "
                    + "the Training Standards Board certificate, others by ordinance (3.1-15-25(a)); warrants served by police officers and marshals "
                    + "(3.1-15-25(b); a deputy marshal is not named, so no, but read as included in \"marshal\", yes: allowedOtherReading); "
                    + "auxiliary officers limited to traffic, disasters and civil disorder unless the chief assigns regular duties "
                    + "when the regular police cannot, conservators only on duty, firearms only with the chief's permission, in uniform, on duty and "
                    + "trained (3.1-30-20); part-time officers never supervise full-time officers nor permanently replace them (3.1-30-21). Where "
                    + "Article 3.1 does not speak to the act, NOT_APPLICABLE.",
            Area.MONEY_RECORDS_AND_ETHICS, LAW, Facts.class, Answer.class)
            .decides("Whether a person may make arrests, serve warrants, carry a firearm or do regular police duties.")
            .askedAs("police officers, part-time police certification, the mayor or officers as conservators of the peace, arrests");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Person.AUXILIARY_POLICE_OFFICER, Action.CARRY_FIREARM, null, null, true, true, true, false, null, null);
    }

    static final Fact<Facts, Person> PERSON = Fact.choice("person", Person.class, Facts::person, "Who would act: the mayor or president, an "
            + "alderperson or trustee, the marshal or a deputy, a police officer (full-time, part-time or auxiliary), or someone else?").subject();
    static final Fact<Facts, Action> ACTION = Fact.choice("action", Action.class, Facts::action, "What would the person do: arrest as a conservator "
            + "of the peace, serve warrants, carry a firearm, perform police duties, or supervise or replace full-time officers?").subject();
    static final Fact<Facts, Boolean> CERTIFICATE = Fact.yesNo("trainingCertificate", Facts::trainingCertificate,
            "Has the person received the certificate of the Training Standards Board's course?");
    static final Fact<Facts, Boolean> ORDINANCE = Fact.yesNo("authorizedByOrdinance", Facts::authorizedByOrdinance,
            "Does an ordinance authorize the person to exercise these powers?");
    static final Fact<Facts, Boolean> ON_DUTY = Fact.yesNo("onDuty", Facts::onDuty, "Is the auxiliary officer on duty (performing assigned duties)?");
    static final Fact<Facts, Boolean> PERMISSION = Fact.yesNo("chiefPermission", Facts::chiefPermission, "Has the chief of police given permission?");
    static final Fact<Facts, Boolean> UNIFORM = Fact.yesNo("inUniform", Facts::inUniform, "Is the auxiliary officer in uniform?");
    static final Fact<Facts, Boolean> TRAINED = Fact.yesNo("firearmTraining", Facts::firearmTraining,
            "Has the auxiliary officer had the peace officers' firearm training?");
    static final Fact<Facts, Boolean> IMPRACTICAL = Fact.yesNo("regularPoliceImpractical", Facts::regularPoliceImpractical,
            "Is it impractical for the regular police to perform those duties?");
    static final Fact<Facts, Boolean> ASSIGNED = Fact.yesNo("chiefAssigned", Facts::chiefAssigned, "Has the chief of police assigned the auxiliary officer to them?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Person p = in.the(PERSON, CONSERVATORS);
        Action action = in.the(ACTION, CONSERVATORS);
        return switch (action) {
            case ARREST_AS_CONSERVATOR_OF_THE_PEACE -> arrest(in, p, r);
            case SERVE_WARRANTS -> {
                boolean may = p == Person.POLICE_OFFICER || p == Person.PART_TIME_POLICE_OFFICER || p == Person.MARSHAL;
                r.found(WARRANTS, "Warrants for violations of ordinances or the criminal law may be served within the municipality by any policeman or "
                        + "marshal, with a sheriff's powers for the purpose" + (may ? "." : "; the statute does not name " + words(p) + "."));
                if (p == Person.PART_TIME_POLICE_OFFICER) {
                    r.found(PART_TIME, "Part-time police officers are members of the regular police department.");
                }
                // "any policeman or marshal": read to the letter a deputy marshal is not named; read as including the marshal's
                // deputies, who act in the marshal's stead, one is - both are given
                boolean deputy = p == Person.DEPUTY_MARSHAL;
                if (deputy) {
                    r.found(WARRANTS, "Read the other way, \"marshal\" includes the marshal's deputies, who act in the marshal's stead, "
                            + "so a deputy marshal may serve them.");
                }
                yield r.answered(new Answer(may, List.of(), deputy ? Boolean.TRUE : null), may ? "Yes: a " + words(p) + " may serve warrants within the municipality."
                        : "No: 3.1-15-25(b) lets policemen and marshals serve warrants, not a " + words(p) + "."
                                + (deputy ? " Read with the marshal's deputies as included in \"marshal\", yes." : ""));
            }
            case CARRY_FIREARM -> firearm(in, p, r);
            case REGULAR_POLICE_DUTIES -> regular(in, p, r);
            case TRAFFIC_DISASTER_OR_CIVIL_DISORDER -> {
                if (p != Person.AUXILIARY_POLICE_OFFICER) {
                    yield silent(r, p, "these duties");
                }
                r.found(AUXILIARY, "Auxiliary officers may be assigned to aid or direct traffic, to aid in controlling natural or man-made disasters, and "
                        + "to aid in civil disorder as directed by the chief of police, always under the chief's direction and control.");
                yield r.answered(new Answer(true, List.of("under the direction and control of the chief of police",
                        "identification symbols distinct from the regular police")), "Yes: these are the auxiliary officer's duties, under the chief's direction.");
            }
            case SUPERVISE_FULL_TIME_OFFICERS, PERMANENTLY_REPLACE_FULL_TIME_OFFICER -> {
                if (p != Person.PART_TIME_POLICE_OFFICER) {
                    yield silent(r, p, "this");
                }
                boolean supervise = action == Action.SUPERVISE_FULL_TIME_OFFICERS;
                r.found(PART_TIME, supervise ? "Part-time police officers shall not be assigned under any circumstances to supervise or direct full-time officers."
                        : "Part-time police officers shall not be used as permanent replacements for permanent full-time officers.");
                yield r.answered(new Answer(false, List.of()), supervise ? "No: a part-time officer may never supervise or direct full-time officers."
                        : "No: a part-time officer may not permanently replace a full-time officer.");
            }
        };
    }

    private Envelope<Answer> arrest(In<Facts> in, Person p, Reasons r) {
        if (p == Person.AUXILIARY_POLICE_OFFICER) {
            boolean onDuty = in.is(ON_DUTY, AUXILIARY);
            r.found(AUXILIARY, onDuty ? "On duty, an auxiliary officer is a conservator of the peace with the powers of 3.1-15-25."
                    : "An auxiliary officer is a conservator of the peace only when on duty.");
            r.cite(CONSERVATORS);
            return r.answered(new Answer(onDuty, List.of()), onDuty ? "Yes: on duty, the auxiliary officer has a conservator's powers."
                    : "No: off duty, an auxiliary officer has no conservator's powers.");
        }
        if (p == Person.OTHER_PERSON) {
            boolean authorized = in.is(ORDINANCE, CONSERVATORS);
            r.found(CONSERVATORS, authorized ? "Others authorized by ordinance have the power to arrest, commit and detain."
                    : "Besides the conservators of the peace, only others authorized by ordinance have these powers.");
            return r.answered(new Answer(authorized, List.of()), authorized ? "Yes: an ordinance authorizes the person."
                    : "No: the person is not a conservator of the peace and no ordinance authorizes the powers.");
        }
        boolean certified = in.is(CERTIFICATE, CONSERVATORS);
        r.found(CONSERVATORS, "After receiving the certificate of the Illinois Law Enforcement Training Standards Board's course, the mayor, alderpersons, "
                + "president, trustees, marshal, deputy marshals and policemen are conservators of the peace, with power to arrest, commit and detain"
                + (certified ? "." : "; this " + words(p) + " has not received it."));
        if (p == Person.PART_TIME_POLICE_OFFICER) {
            r.found(PART_TIME, "Part-time police officers are members of the regular police department.");
        }
        return r.answered(new Answer(certified, List.of()), certified ? "Yes: with the training certificate, a " + words(p)
                + " is a conservator of the peace." : "No: a " + words(p) + " becomes a conservator of the peace only after receiving the training certificate.");
    }

    /** 3.1-30-20: an auxiliary officer carries a firearm only with the chief's permission, in uniform, on duty, and trained. */
    private Envelope<Answer> firearm(In<Facts> in, Person p, Reasons r) {
        if (p != Person.AUXILIARY_POLICE_OFFICER) {
            return silent(r, p, "carrying a firearm");
        }
        boolean allowed = in.is(PERMISSION, AUXILIARY) && in.is(UNIFORM, AUXILIARY) && in.is(ON_DUTY, AUXILIARY) && in.is(TRAINED, AUXILIARY_TRAINING);
        List<String> unmet = new ArrayList<>();
        in.ifGiven(PERMISSION).filter(b -> !b).ifPresent(b -> unmet.add("the chief of police's permission"));
        in.ifGiven(UNIFORM).filter(b -> !b).ifPresent(b -> unmet.add("in uniform"));
        in.ifGiven(ON_DUTY).filter(b -> !b).ifPresent(b -> unmet.add("in the performance of duties"));
        in.ifGiven(TRAINED).filter(b -> !b).ifPresent(b -> unmet.add("the peace officers' firearm training"));
        r.found(AUXILIARY, "Auxiliary officers may not carry firearms except with the chief's permission, in uniform and in the performance of their duties.");
        r.found(AUXILIARY_TRAINING, "Before carrying a firearm, an auxiliary officer must have the training required of peace officers.");
        return r.answered(new Answer(allowed, unmet), allowed ? "Yes: with the chief's permission, in uniform, on duty and trained."
                : "No: missing " + list(unmet) + ".");
    }

    private Envelope<Answer> regular(In<Facts> in, Person p, Reasons r) {
        if (p == Person.POLICE_OFFICER || p == Person.PART_TIME_POLICE_OFFICER) {
            r.found(PART_TIME, "Part-time police officers are members of the regular police department, but never supervise full-time officers nor "
                    + "permanently replace them.");
            return r.answered(new Answer(true, p == Person.PART_TIME_POLICE_OFFICER ? List.of("not supervising or directing full-time officers",
                    "not as a permanent replacement for a full-time officer") : List.of()), "Yes: these are the regular police department's duties.");
        }
        if (p != Person.AUXILIARY_POLICE_OFFICER) {
            return silent(r, p, "regular police duties");
        }
        boolean allowed = in.is(IMPRACTICAL, AUXILIARY) && in.is(ASSIGNED, AUXILIARY);
        r.found(AUXILIARY, "Auxiliary officers do not supplement the regular police in their normal duties, except that the chief may assign them "
                + "normal and regular duties when it is impractical for the regular police to perform them.");
        return r.answered(new Answer(allowed, List.of()), allowed ? "Yes: the regular police cannot practically perform them and the chief assigned them."
                : "No: only when the regular police cannot practically perform them and the chief assigns them.");
    }

    private Envelope<Answer> silent(Reasons r, Person p, String what) {
        r.cite(CONSERVATORS);
        return r.notApplicable(new Answer(null, List.of()), "Article 3.1 does not speak to " + what + " by a " + words(p) + ".");
    }

    private static String words(Person p) {
        return Words.lower(p);
    }
}
