package com.statutory.officers.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Inputs;
import com.statutory.officers.council.CouncilVote;
import com.statutory.officers.council.MeetingRules;
import com.statutory.officers.council.OfficerRemoval;
import com.statutory.officers.council.PresidingOfficer;
import com.statutory.officers.council.Veto;
import com.statutory.officers.officers.ElectiveOfficeEligibility;
import com.statutory.officers.officers.AppointiveOfficeEligibility;
import com.statutory.officers.officers.OfficerBond;
import com.statutory.officers.officers.TermOfOffice;
import com.statutory.officers.officers.TermLimits;
import com.statutory.officers.officers.CompensationChange;
import com.statutory.officers.officers.DualOffice;
import com.statutory.officers.platform.Questions;
import com.statutory.officers.platform.StatuteSectionLookup;
import com.statutory.officers.platform.StatuteSearchQuestion;
import com.statutory.officers.vacancies.DebtVacancyTimeline;
import com.statutory.officers.vacancies.InterimCourtAppointment;
import com.statutory.officers.vacancies.ResignationEffectiveDate;
import com.statutory.officers.vacancies.VacancyFilling;

/**
 * The product's own list of functions: the single place a question is registered. The bindings,
 * the {@code questions} function, the generated schemas and infra all derive from it.
 */
public final class Catalogue {

    private static final List<Question<?, ?>> ALL = List.of(
            new Questions(),
            new StatuteSectionLookup(),
            new StatuteSearchQuestion(),
            new VacancyFilling(),
            new ResignationEffectiveDate(),
            new DebtVacancyTimeline(),
            new InterimCourtAppointment(),
            new ElectiveOfficeEligibility(),
            new AppointiveOfficeEligibility(),
            new OfficerBond(),
            new TermOfOffice(),
            new TermLimits(),
            new CompensationChange(),
            new DualOffice(),
            new CouncilVote(),
            new Veto(),
            new MeetingRules(),
            new PresidingOfficer(),
            new OfficerRemoval());

    private static final Map<String, Question<?, ?>> BY_NAME = index();

    private Catalogue() {
    }

    public static List<Question<?, ?>> all() {
        return ALL;
    }

    public static Optional<Question<?, ?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The pure core's path, with its own validator: caller's JSON in, validated facts, the rule, the envelope out. */
    public static Envelope<?> answer(String name, JsonNode input) {
        return answer(name, input, Inputs.defaultValidator());
    }

    /** The path both bindings take, with the validator their framework built. */
    public static Envelope<?> answer(String name, JsonNode input, Validator validator) {
        Question<?, ?> q = find(name).orElseThrow(() -> new IllegalArgumentException("No question named " + name));
        return run(q, input, validator);
    }

    private static <F, A> Envelope<A> run(Question<F, A> q, JsonNode input, Validator validator) {
        return q.answer(Inputs.bind(input, q.factsType(), validator));
    }

    private static Map<String, Question<?, ?>> index() {
        Map<String, Question<?, ?>> m = new LinkedHashMap<>();
        for (Question<?, ?> q : ALL) {
            if (m.put(q.name(), q) != null) {
                throw new IllegalStateException("Two questions named " + q.name());
            }
        }
        return m;
    }
}
