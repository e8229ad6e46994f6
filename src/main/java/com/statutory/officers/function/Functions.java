package com.statutory.officers.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.council.OfficerRemoval;
import com.statutory.officers.council.PresidingOfficer;
import com.statutory.officers.council.MeetingRules;
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
import com.statutory.officers.council.CouncilVote;
import com.statutory.officers.officers.ElectiveOfficeEligibility;
import com.statutory.officers.officers.AppointiveOfficeEligibility;
import com.statutory.officers.officers.OfficerBond;
import com.statutory.officers.officers.TermOfOffice;
import com.statutory.officers.officers.TermLimits;
import com.statutory.officers.officers.CompensationChange;
import com.statutory.officers.officers.DualOffice;
import com.statutory.officers.platform.Questions;
import com.statutory.officers.platform.StatuteSearchQuestion;
import com.statutory.officers.platform.StatuteSectionLookup;
import com.statutory.officers.vacancies.DebtVacancyTimeline;
import com.statutory.officers.vacancies.InterimCourtAppointment;
import com.statutory.officers.vacancies.ResignationEffectiveDate;
import com.statutory.officers.vacancies.VacancyFilling;

import io.quarkus.funqy.Funq;

/**
 * The Funqy bindings: one line per catalogue function. The input is taken as a JSON tree so that our own
 * strict binder ({@link com.statutory.officers.answer.Inputs}) can name every bad field in the 400, which
 * Funqy's deserializer cannot. A test fails if this list and the catalogue differ.
 */
public class Functions {

    @Funq(Questions.NAME)
    public Envelope<?> questions(JsonNode input) {
        return Calls.answer(Questions.NAME, input);
    }

    @Funq(StatuteSectionLookup.NAME)
    public Envelope<?> statuteSection(JsonNode input) {
        return Calls.answer(StatuteSectionLookup.NAME, input);
    }

    @Funq(StatuteSearchQuestion.NAME)
    public Envelope<?> statuteSearch(JsonNode input) {
        return Calls.answer(StatuteSearchQuestion.NAME, input);
    }

    @Funq(VacancyFilling.NAME)
    public Envelope<?> vacancyFilling(JsonNode input) {
        return Calls.answer(VacancyFilling.NAME, input);
    }

    @Funq(ResignationEffectiveDate.NAME)
    public Envelope<?> resignationEffectiveDate(JsonNode input) {
        return Calls.answer(ResignationEffectiveDate.NAME, input);
    }

    @Funq(DebtVacancyTimeline.NAME)
    public Envelope<?> debtVacancyTimeline(JsonNode input) {
        return Calls.answer(DebtVacancyTimeline.NAME, input);
    }

    @Funq(InterimCourtAppointment.NAME)
    public Envelope<?> interimCourtAppointment(JsonNode input) {
        return Calls.answer(InterimCourtAppointment.NAME, input);
    }

    @Funq(CouncilVote.NAME)
    public Envelope<?> councilVote(JsonNode input) {
        return Calls.answer(CouncilVote.NAME, input);
    }

    @Funq(Veto.NAME)
    public Envelope<?> veto(JsonNode input) {
        return Calls.answer(Veto.NAME, input);
    }

    @Funq(MeetingRules.NAME)
    public Envelope<?> meetingRules(JsonNode input) {
        return Calls.answer(MeetingRules.NAME, input);
    }

    @Funq(PresidingOfficer.NAME)
    public Envelope<?> presidingOfficer(JsonNode input) {
        return Calls.answer(PresidingOfficer.NAME, input);
    }

    @Funq(OfficerRemoval.NAME)
    public Envelope<?> officerRemoval(JsonNode input) {
        return Calls.answer(OfficerRemoval.NAME, input);
    }

    @Funq(ElectiveOfficeEligibility.NAME)
    public Envelope<?> electiveOfficeEligibility(JsonNode input) {
        return Calls.answer(ElectiveOfficeEligibility.NAME, input);
    }

    @Funq(AppointiveOfficeEligibility.NAME)
    public Envelope<?> appointiveOfficeEligibility(JsonNode input) {
        return Calls.answer(AppointiveOfficeEligibility.NAME, input);
    }

    @Funq(OfficerBond.NAME)
    public Envelope<?> officerBond(JsonNode input) {
        return Calls.answer(OfficerBond.NAME, input);
    }

    @Funq(TermOfOffice.NAME)
    public Envelope<?> termOfOffice(JsonNode input) {
        return Calls.answer(TermOfOffice.NAME, input);
    }

    @Funq(TermLimits.NAME)
    public Envelope<?> termLimits(JsonNode input) {
        return Calls.answer(TermLimits.NAME, input);
    }

    @Funq(CompensationChange.NAME)
    public Envelope<?> compensationChange(JsonNode input) {
        return Calls.answer(CompensationChange.NAME, input);
    }

    @Funq(DualOffice.NAME)
    public Envelope<?> dualOffice(JsonNode input) {
        return Calls.answer(DualOffice.NAME, input);
    }

    @Funq(CouncilSize.NAME)
    public Envelope<?> councilSize(JsonNode input) {
        return Calls.answer(CouncilSize.NAME, input);
    }

    @Funq(ElectedOfficers.NAME)
    public Envelope<?> electedOfficers(JsonNode input) {
        return Calls.answer(ElectedOfficers.NAME, input);
    }

    @Funq(PrimaryRequired.NAME)
    public Envelope<?> primaryRequired(JsonNode input) {
        return Calls.answer(PrimaryRequired.NAME, input);
    }

    @Funq(PrimaryResults.NAME)
    public Envelope<?> primaryResults(JsonNode input) {
        return Calls.answer(PrimaryResults.NAME, input);
    }

    @Funq(PetitionRequirements.NAME)
    public Envelope<?> petitionRequirements(JsonNode input) {
        return Calls.answer(PetitionRequirements.NAME, input);
    }

    @Funq(CumulativeVoting.NAME)
    public Envelope<?> cumulativeVoting(JsonNode input) {
        return Calls.answer(CumulativeVoting.NAME, input);
    }

    @Funq(Redistricting.NAME)
    public Envelope<?> redistricting(JsonNode input) {
        return Calls.answer(Redistricting.NAME, input);
    }

    @Funq(ContractInterest.NAME)
    public Envelope<?> contractInterest(JsonNode input) {
        return Calls.answer(ContractInterest.NAME, input);
    }

    @Funq(TreasurerReports.NAME)
    public Envelope<?> treasurerReports(JsonNode input) {
        return Calls.answer(TreasurerReports.NAME, input);
    }

    @Funq(DepositCollateral.NAME)
    public Envelope<?> depositCollateral(JsonNode input) {
        return Calls.answer(DepositCollateral.NAME, input);
    }

    @Funq(OfficerPenalties.NAME)
    public Envelope<?> officerPenalties(JsonNode input) {
        return Calls.answer(OfficerPenalties.NAME, input);
    }

    @Funq(PolicePowers.NAME)
    public Envelope<?> policePowers(JsonNode input) {
        return Calls.answer(PolicePowers.NAME, input);
    }

    @Funq(TakingOffice.NAME)
    public Envelope<?> takingOffice(JsonNode input) {
        return Calls.answer(TakingOffice.NAME, input);
    }

    @Funq(AppointedOfficers.NAME)
    public Envelope<?> appointedOfficers(JsonNode input) {
        return Calls.answer(AppointedOfficers.NAME, input);
    }

    @Funq(MayorPowers.NAME)
    public Envelope<?> mayorPowers(JsonNode input) {
        return Calls.answer(MayorPowers.NAME, input);
    }

    @Funq(ClerkAndCollectorDuties.NAME)
    public Envelope<?> clerkAndCollectorDuties(JsonNode input) {
        return Calls.answer(ClerkAndCollectorDuties.NAME, input);
    }
}
