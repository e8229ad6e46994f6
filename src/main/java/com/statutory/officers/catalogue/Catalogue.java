package com.statutory.officers.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Inputs;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.council.CouncilVote;
import com.statutory.officers.municipality.ArticleWide;
import com.statutory.officers.council.MeetingRules;
import com.statutory.officers.council.OfficerRemoval;
import com.statutory.officers.council.PresidingOfficer;
import com.statutory.officers.council.Veto;
import com.statutory.officers.duties.TakingOffice;
import com.statutory.officers.duties.AppointedOfficers;
import com.statutory.officers.duties.MayorPowers;
import com.statutory.officers.duties.ClerkAndCollectorDuties;
import com.statutory.officers.money.TreasurerReports;
import com.statutory.officers.money.DepositCollateral;
import com.statutory.officers.money.OfficerPenalties;
import com.statutory.officers.officers.PolicePowers;
import com.statutory.officers.money.ContractInterest;
import com.statutory.officers.elections.CouncilSize;
import com.statutory.officers.elections.ElectedOfficers;
import com.statutory.officers.elections.PrimaryRequired;
import com.statutory.officers.elections.PrimaryResults;
import com.statutory.officers.elections.PetitionRequirements;
import com.statutory.officers.elections.CumulativeVoting;
import com.statutory.officers.elections.Redistricting;
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

    /**
     * Each question by its public name, made on first use: a Lambda serves one function, and loading the other
     * eighteen (their classes, their provisions) only delayed its first answer.
     */
    private static final Map<String, Supplier<Question<?, ?>>> FACTORIES = factories(
            entry(Questions.NAME, Questions::new),
            entry(StatuteSectionLookup.NAME, StatuteSectionLookup::new),
            entry(StatuteSearchQuestion.NAME, StatuteSearchQuestion::new),
            entry(VacancyFilling.NAME, VacancyFilling::new),
            entry(ResignationEffectiveDate.NAME, ResignationEffectiveDate::new),
            entry(DebtVacancyTimeline.NAME, DebtVacancyTimeline::new),
            entry(InterimCourtAppointment.NAME, InterimCourtAppointment::new),
            entry(ElectiveOfficeEligibility.NAME, ElectiveOfficeEligibility::new),
            entry(AppointiveOfficeEligibility.NAME, AppointiveOfficeEligibility::new),
            entry(OfficerBond.NAME, OfficerBond::new),
            entry(TermOfOffice.NAME, TermOfOffice::new),
            entry(TermLimits.NAME, TermLimits::new),
            entry(CompensationChange.NAME, CompensationChange::new),
            entry(DualOffice.NAME, DualOffice::new),
            entry(CouncilVote.NAME, CouncilVote::new),
            entry(Veto.NAME, Veto::new),
            entry(MeetingRules.NAME, MeetingRules::new),
            entry(PresidingOfficer.NAME, PresidingOfficer::new),
            entry(OfficerRemoval.NAME, OfficerRemoval::new),
            entry(CouncilSize.NAME, CouncilSize::new),
            entry(ElectedOfficers.NAME, ElectedOfficers::new),
            entry(PrimaryRequired.NAME, PrimaryRequired::new),
            entry(PrimaryResults.NAME, PrimaryResults::new),
            entry(PetitionRequirements.NAME, PetitionRequirements::new),
            entry(CumulativeVoting.NAME, CumulativeVoting::new),
            entry(Redistricting.NAME, Redistricting::new),
            entry(ContractInterest.NAME, ContractInterest::new),
            entry(TreasurerReports.NAME, TreasurerReports::new),
            entry(DepositCollateral.NAME, DepositCollateral::new),
            entry(OfficerPenalties.NAME, OfficerPenalties::new),
            entry(PolicePowers.NAME, PolicePowers::new),
            entry(TakingOffice.NAME, TakingOffice::new),
            entry(AppointedOfficers.NAME, AppointedOfficers::new),
            entry(MayorPowers.NAME, MayorPowers::new),
            entry(ClerkAndCollectorDuties.NAME, ClerkAndCollectorDuties::new));

    private static final Map<String, Question<?, ?>> MADE = new ConcurrentHashMap<>();

    private Catalogue() {
    }

    /** Every question, in catalogue order. */
    public static List<Question<?, ?>> all() {
        return All.LIST;
    }

    private static final class All {
        static final List<Question<?, ?>> LIST = FACTORIES.keySet().stream().<Question<?, ?>>map(name -> find(name).orElseThrow()).toList();
    }

    public static Optional<Question<?, ?>> find(String name) {
        Supplier<Question<?, ?>> factory = FACTORIES.get(name);
        if (factory == null) {
            return Optional.empty();
        }
        Question<?, ?> q = MADE.get(name);
        if (q == null) {
            // not computeIfAbsent: a question made here may itself look others up; a rare double make is harmless
            Question<?, ?> made = made(name, factory.get());
            q = MADE.putIfAbsent(name, made);
            q = q == null ? made : q;
        }
        return Optional.of(q);
    }

    private static Question<?, ?> made(String name, Question<?, ?> q) {
        if (!q.name().equals(name)) {
            throw new IllegalStateException("Catalogue entry " + name + " makes the question " + q.name());
        }
        return q;
    }

    private static Map.Entry<String, Supplier<Question<?, ?>>> entry(String name, Supplier<Question<?, ?>> factory) {
        return Map.entry(name, factory);
    }

    @SafeVarargs
    private static Map<String, Supplier<Question<?, ?>>> factories(Map.Entry<String, Supplier<Question<?, ?>>>... entries) {
        Map<String, Supplier<Question<?, ?>>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Question<?, ?>>> e : entries) {
            if (m.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("Two questions named " + e.getKey());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The path both bindings take: caller's JSON in, validated facts, the rule, the envelope out. */
    public static Envelope<?> answer(String name, JsonNode input) {
        Question<?, ?> q = find(name).orElseThrow(() -> new IllegalArgumentException("No question named " + name));
        return run(q, input);
    }

    private static <F, A> Envelope<A> run(Question<F, A> q, JsonNode input) {
        try {
            F facts = Inputs.bind(input, q.factsType());
            return ArticleWide.qualify(facts, q.answer(facts));
        } catch (InvalidInputException e) {
            // one place gives every function's 400 its sentences, with the titles of that function's fields
            throw Sentences.said(q.factsType(), e);
        }
    }
}
