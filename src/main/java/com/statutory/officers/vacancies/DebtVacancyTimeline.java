package com.statutory.officers.vacancies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * debt-vacancy-timeline: the steps by which an official in arrears to the municipality loses the office.
 *
 * <p>The same procedure is 3.1-10-50(c)(4) under 500,000 and 3.1-10-51(a)(3) at 500,000 or more. Readings:
 * "within 30 days after" a date ends on that date plus 30 days; an official who has not paid when that
 * day ends "fails to pay ... within 30 days", so the office is vacated the next day. Only the failures of
 * (F) that happened on the path taken count toward "the later of".
 */
public final class DebtVacancyTimeline implements Decides<DebtVacancyTimeline.Facts, DebtVacancyTimeline.Answer> {

    public static final String NAME = "debt-vacancy-timeline";

    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();

    record Paragraph(Provision notice, Provision hearing, Provision determination, Provision review, Provision payment,
            Provision vacated, Provision debt) {
        static Paragraph of(String base) {
            Applied c = LAW;
            return new Paragraph(c.require(base + "(A)"), c.require(base + "(B)"), c.require(base + "(C)"), c.require(base + "(D)"),
                    c.require(base + "(E)"), c.require(base + "(F)"), c.require(base + "(G)"));
        }
    }

    static final Paragraph UNDER_500K = Paragraph.of("3.1-10-50(c)(4)");
    static final Paragraph LARGE = Paragraph.of("3.1-10-51(a)(3)");

    static final int PAY_OR_CONTEST_DAYS = 30;
    static final int HEARING_DAYS = 30;
    static final int PAY_AFTER_ORDER_DAYS = 30;
    static final int PETITION_DAYS = 5;
    static final int COURT_HEARING_DAYS = 30;

    public enum Determination { @Title("Debt proven, payment ordered") DEBT_PROVEN_PAY_ORDERED, DISMISSED, NOT_YET_MADE }

    public enum CourtDecision { UPHELD, REVERSED, NOT_YET_DECIDED }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: its population decides which section applies.") @Valid Municipality municipality,
            @Title("Was the debt adjudicated by a tribunal?")
            @JsonPropertyDescription("Whether the debt was adjudicated before a tribunal with jurisdiction over the matter (paragraph (G): otherwise it is not "
                    + "a \"debt\").") Boolean adjudicatedBeforeTribunal,
            @Title("Debt due on")
            @JsonPropertyDescription("The date the debt was due (paragraph (G): the official is in arrears once it is more than 30 days overdue).") LocalDate debtDueDate,
            @Title("Was the notice personally served?")
            @JsonPropertyDescription("Whether the clerk delivered the written notice by personal service (paragraph (A)).") Boolean noticePersonallyServed,
            @Title("Notice received on")
            @JsonPropertyDescription("Date the official received the clerk's written notice of the debt (personal service).") LocalDate noticeReceivedDate,
            @Title("Did the official contest the debt?")
            @JsonPropertyDescription("Whether the official contested the debt (no: did not, as of the answer's date). Taken as yes when the contest date is "
                    + "given.") Boolean contested,
            @Title("Contest received on")
            @JsonPropertyDescription("Date the clerk received the official's written notice contesting the debt, if contested.") LocalDate contestReceivedDate,
            @Title("Hearing determination served on")
            @JsonPropertyDescription("Date the hearing officer's written determination was served, if there was one.") LocalDate determinationServedDate,
            @Title("Hearing officer's determination")
            @JsonPropertyDescription("What the hearing officer decided (\"not yet made\" while the hearing is pending).") Determination determination,
            @Title("Was judicial review sought?")
            @JsonPropertyDescription("Whether the official petitioned for judicial review (no: did not). Taken as yes when the petition date is given.") Boolean reviewSought,
            @Title("Review petition filed on")
            @JsonPropertyDescription("Date the petition for judicial review was filed, if any.") LocalDate reviewPetitionFiledDate,
            @Title("Court decision served on")
            @JsonPropertyDescription("Date the court's decision was served, if any.") LocalDate courtDecisionServedDate,
            @Title("Court's decision")
            @JsonPropertyDescription("What the court decided (\"not yet decided\" while pending).") CourtDecision courtDecision,
            @Title("Has the debt been paid in full?")
            @JsonPropertyDescription("Whether the official has paid the debt in full (no: not as of the answer's date). Taken as yes when the payment date is "
                    + "given.") Boolean paidInFull,
            @Title("Paid in full on")
            @JsonPropertyDescription("Date the official paid the debt in full, if paid.") LocalDate paidDate,
            @Title("Date to answer as of")
            @JsonPropertyDescription("The day the answer is for; deadlines before it have passed.") LocalDate asOf) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            before(p, "contestReceivedDate", contestReceivedDate, noticeReceivedDate);
            before(p, "determinationServedDate", determinationServedDate, contestReceivedDate);
            before(p, "reviewPetitionFiledDate", reviewPetitionFiledDate, determinationServedDate);
            before(p, "courtDecisionServedDate", courtDecisionServedDate, reviewPetitionFiledDate);
            if (determinationServedDate != null && contestReceivedDate == null) {
                p.add(new FieldProblem("determinationServedDate", "a determination follows a contest: give contestReceivedDate"));
            }
            if (determinationServedDate != null && (determination == null || determination == Determination.NOT_YET_MADE)) {
                p.add(new FieldProblem("determination", "a determination served must say what was decided"));
            }
            if (Boolean.FALSE.equals(contested) && contestReceivedDate != null) {
                p.add(new FieldProblem("contested", "is false but contestReceivedDate is given"));
            }
            if (Boolean.FALSE.equals(reviewSought) && reviewPetitionFiledDate != null) {
                p.add(new FieldProblem("reviewSought", "is false but reviewPetitionFiledDate is given"));
            }
            if (Boolean.FALSE.equals(paidInFull) && paidDate != null) {
                p.add(new FieldProblem("paidInFull", "is false but paidDate is given"));
            }
            if (paidDate != null && asOf != null && paidDate.isAfter(asOf)) {
                p.add(new FieldProblem("paidDate", "is after asOf"));
            }
            if (reviewPetitionFiledDate != null && determination != Determination.DEBT_PROVEN_PAY_ORDERED) {
                p.add(new FieldProblem("reviewPetitionFiledDate", "review is sought by an official aggrieved by a determination ordering payment"));
            }
            if (courtDecisionServedDate != null && (courtDecision == null || courtDecision == CourtDecision.NOT_YET_DECIDED)) {
                p.add(new FieldProblem("courtDecision", "a decision served must say what was decided"));
            }
            if (courtDecisionServedDate != null && reviewPetitionFiledDate == null) {
                p.add(new FieldProblem("courtDecisionServedDate", "a court decision follows a petition: give reviewPetitionFiledDate"));
            }
            if (paidDate != null && noticeReceivedDate != null && paidDate.isBefore(noticeReceivedDate)) {
                p.add(new FieldProblem("paidDate", "is before noticeReceivedDate; a debt paid before notice starts no procedure"));
            }
            return p;
        }

        private static void before(List<FieldProblem> p, String field, LocalDate later, LocalDate earlier) {
            if (later != null && earlier != null && later.isBefore(earlier)) {
                p.add(new FieldProblem(field, "is before the step it follows"));
            }
        }
    }

    /** PENDING: not vacated as of asOf, a deadline still running. Null in the answer when only asOf can tell. */
    public enum Outcome { VACATED, NOT_VACATED, PENDING }

    public record Deadline(String step, LocalDate date, String citation) {
    }

    /**
     * @param deadlines       each step reached, with its last day
     * @param vacatedOn       the day the office is vacated, when it is
     * @param vacatedOnIfUnpaid the day it will be vacated if the debt is still unpaid, while pending
     * @param vacatedIfNeitherPaidNorContested the day the office is vacated if the official neither pays nor contests within the 30
     *        days of the notice ((F)(i)): a conditional that holds whatever happened, given wherever (A) and (G) are known to hold
     */
    public record Answer(@Decision String governingSection, @Decision Outcome outcome, List<Deadline> deadlines, @Decision LocalDate vacatedOn,
            @Decision LocalDate vacatedOnIfUnpaid, @Decision LocalDate vacatedIfNeitherPaidNorContested) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Office vacated for a debt to the municipality",
            "For an elected official in arrears to the municipality: each step's deadline as a date (30 days to pay or "
                    + "contest after the clerk's notice, hearing within 30 days of the contest, 30 days to pay after a determination "
                    + "ordering payment, 5 days to petition for review, court hearing within 30 days of the petition, 30 days to pay "
                    + "after a decision upholding) and the date the office is vacated, or that it is not. Applies 3.1-10-50(c)(4) "
                    + "under 500,000 and 3.1-10-51(a)(3) at 500,000 or more. Reading: failing to pay within 30 days vacates the office "
                    + "on the day after the 30th day.",
            Area.VACANCIES, LAW, Facts.class, Answer.class)
            .decides("When an elected official who owes the municipality a debt loses the office, step by step.")
            .askedAs("an officer owes the town money, unpaid bills, taxes or fees, is in arrears or default: does the officer lose the seat or office, and when");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 12_000), true, LocalDate.parse("2025-11-01"), true,
                LocalDate.parse("2026-02-02"), true, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-16"),
                Determination.DEBT_PROVEN_PAY_ORDERED, false, null, null, null, false, null, LocalDate.parse("2026-05-01"));
    }

    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> SERVED = Fact.yesNo("noticePersonallyServed", Facts::noticePersonallyServed,
            "Did the clerk deliver the written notice of the debt by personal service?").said("whether the notice was personally served");
    static final Fact<Facts, Boolean> ADJUDICATED = Fact.yesNo("adjudicatedBeforeTribunal", Facts::adjudicatedBeforeTribunal,
            "Was the debt adjudicated before a tribunal with jurisdiction over the matter?").said("whether the debt was adjudicated");
    static final Fact<Facts, LocalDate> DUE = Fact.date("debtDueDate", Facts::debtDueDate, "On what date was the debt due?").said("the date the debt was due");
    static final Fact<Facts, LocalDate> NOTICE_ON = Fact.date("noticeReceivedDate", Facts::noticeReceivedDate,
            "On what date was the official personally served with the clerk's written notice of the debt?");
    static final Fact<Facts, LocalDate> AS_OF = Fact.date("asOf", Facts::asOf, "As of what date is the answer wanted?");
    static final Fact<Facts, Boolean> CONTESTED = Fact.<Facts>yesNo("contested", f -> f.contestReceivedDate() != null ? Boolean.TRUE : f.contested(),
            "Did the official contest the debt (by written notice to the clerk)? If so, on what date did the clerk receive it?").said("whether the debt was contested");
    static final Fact<Facts, LocalDate> CONTEST_ON = Fact.<Facts>date("contestReceivedDate", Facts::contestReceivedDate,
            "On what date did the clerk receive the official's written notice contesting the debt?").noLessThan(in -> in.ifGiven(NOTICE_ON).orElse(null));
    static final Fact<Facts, Determination> DETERMINATION = Fact.choice("determination", Determination.class, Facts::determination,
            "Has the hearing officer made a determination: debt proved and payment ordered, dismissed, or not yet?");
    /** Served after the contest it decides (an earlier date is refused as a contradiction). */
    static final Fact<Facts, LocalDate> DETERMINATION_ON = Fact.<Facts>date("determinationServedDate", Facts::determinationServedDate,
            "On what date was the hearing officer's determination served on the official?").noLessThan(in -> in.ifGiven(DebtVacancyTimeline.CONTEST_ON).orElse(null));
    static final Fact<Facts, Boolean> REVIEW = Fact.<Facts>yesNo("reviewSought", f -> f.reviewPetitionFiledDate() != null ? Boolean.TRUE : f.reviewSought(),
            "Did the official petition the circuit court for review of the determination? If so, on what date?").said("whether judicial review was sought");
    static final Fact<Facts, LocalDate> REVIEW_ON = Fact.<Facts>date("reviewPetitionFiledDate", Facts::reviewPetitionFiledDate,
            "On what date was the petition for judicial review filed?").noLessThan(in -> in.ifGiven(DETERMINATION_ON).orElse(null));
    static final Fact<Facts, CourtDecision> COURT = Fact.choice("courtDecision", CourtDecision.class, Facts::courtDecision,
            "Has the court decided the petition: upheld, reversed, or not yet?");
    static final Fact<Facts, LocalDate> COURT_ON = Fact.date("courtDecisionServedDate", Facts::courtDecisionServedDate,
            "On what date was the court's decision served on the official?");
    static final Fact<Facts, Boolean> PAID = Fact.<Facts>yesNo("paidInFull", f -> f.paidDate() != null ? Boolean.TRUE : f.paidInFull(),
            "Has the official paid the debt in full? If so, on what date?").said("whether the debt has been paid in full");
    static final Fact<Facts, LocalDate> PAID_ON = Fact.date("paidDate", Facts::paidDate, "On what date was the debt paid in full?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Envelope<Answer> e = timeline(in);
        // (F)(i) as a conditional: where (A) and (G) hold and the notice date is known, the day a vacancy follows if the official
        // neither pays nor contests; stated beside every answer, since it holds whatever the official then did
        Optional<LocalDate> notice = in.ifGiven(NOTICE_ON);
        if (e.answer() == null || notice.isEmpty() || !established(in, notice.get())) {
            return e;
        }
        Answer a = e.answer();
        return new Envelope<>(e.question(), e.status(), new Answer(a.governingSection(), a.outcome(), a.deadlines(), a.vacatedOn(), a.vacatedOnIfUnpaid(),
                Days.within(notice.get(), PAY_OR_CONTEST_DAYS).plusDays(1)), e.summary(), e.reasoning(), e.citations(), e.missingFacts(), e.law(), e.disclaimer());
    }

    private Envelope<Answer> timeline(In<Facts> in) {
        Reasons r = in.reasons();
        boolean large = in.atLeast(POPULATION, Municipality.LARGE, UNDER_500K.debt());
        Paragraph law = large ? LARGE : UNDER_500K;
        String section = large ? "3.1-10-51" : "3.1-10-50";
        r.cite(law.debt());
        // (A) and (G): either given as failing ends it before any date is needed
        if (!in.ifGiven(SERVED).orElse(true)) {
            return notVacated(r, law.notice(), section, new ArrayList<>(), "The clerk's notice was not delivered by personal service, and no vacancy may occur under this paragraph before it is.");
        }
        if (!in.ifGiven(ADJUDICATED).orElse(true)) {
            return notVacated(r, law.debt(), section, new ArrayList<>(), "The arrearage was not adjudicated before a tribunal with jurisdiction, so it is not a \"debt\" for this paragraph.");
        }
        LocalDate notice = in.the(NOTICE_ON, law.notice());
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate payOrContest = Days.within(notice, PAY_OR_CONTEST_DAYS);
        deadlines.add(new Deadline("pay or contest the debt", payOrContest, law.notice().cite()));
        r.found(law.notice(), "The notice was received on " + notice + ": the official must pay or contest the debt within 30 days, by " + payOrContest + ".");
        if (paidBy(in, payOrContest)) {
            // (E), (F)(i): paid in full within the 30 days, whatever became of a contest
            return notVacated(r, law.payment(), section, deadlines, "The debt was paid in full on " + in.ifGiven(PAID_ON).get() + ", within the 30 days.",
                    established(in, notice) ? payOrContest.plusDays(1) : null);
        }
        // (G): "more than 30 days overdue from the date the debt was due", when the notice was received
        if (in.given(DUE) && !inArrears(in, notice, law)) {
            return notVacated(r, law.debt(), section, deadlines, "When the notice was received (" + notice + ") the debt, due on "
                    + in.ifGiven(DUE).get() + ", was not more than 30 days overdue, so the official was not in arrears of a debt.");
        }
        Optional<LocalDate> asOf = in.ifGiven(AS_OF);
        boolean contested = in.given(CONTESTED) || asOf.isPresent() ? in.is(CONTESTED, law.vacated()) : false;
        if (!in.given(CONTESTED) && asOf.isEmpty()) {
            // only the timeline can be given; the day the office would be vacated, uncontested and unpaid, holds only where (A) and (G) do
            // a contest not given may have been made (and dismissed): the day of a vacancy if unpaid is not given until it is known
            return pending(in, r, law, section, deadlines, null, "Without the date the answer is for, only the timeline can be given.");
        }
        if (!contested || in.after(CONTEST_ON, payOrContest, law.notice())) {
            if (contested) {
                r.found(law.notice(), "The contest was received" + in.ifGiven(CONTEST_ON).map(d -> " on " + d).orElse("") + ", after the 30 days ran out.");
            }
            return failure(in, r, law, section, deadlines, notice, payOrContest, "(i) fails to pay or contest the debt within 30 days of the notice");
        }
        LocalDate contestOn = in.the(CONTEST_ON, law.hearing());
        LocalDate hearing = Days.within(contestOn, HEARING_DAYS);
        deadlines.add(new Deadline("hold the hearing", hearing, law.hearing().cite()));
        r.found(law.hearing(), "The contest was received on " + contestOn + ": the hearing must be held within 30 days, by " + hearing + ".");
        Determination determination = in.the(DETERMINATION, law.determination());
        if (determination == Determination.NOT_YET_MADE) {
            return pending(in, r, law, section, deadlines, null, "The hearing officer has not yet served a determination.");
        }
        if (determination == Determination.DISMISSED) {
            r.found(law.determination(), "The hearing officer found no debt proved and dismissed the matter.");
            return notVacated(r, law.payment(), section, deadlines, "The hearing officer dismissed the matter.");
        }
        // a payment given, made within 30 days of any day the determination could have been served (not before the contest), was
        // in time whichever day it was
        Optional<LocalDate> paid = in.ifGiven(PAID_ON);
        if (paid.isPresent() && in.onOrAfter(DETERMINATION_ON, paid.get().minusDays(PAY_AFTER_ORDER_DAYS), law.determination())
                && !in.given(DETERMINATION_ON)) {
            r.found(law.determination(), "The determination ordering payment was served on or after " + contestOn + "; the debt was paid in full on "
                    + paid.get() + ", within 30 days of any such service.");
            return notVacated(r, law.payment(), section, deadlines, "The debt was paid in full on " + paid.get() + ", within 30 days of the determination.");
        }
        LocalDate served = in.the(DETERMINATION_ON, law.determination());
        LocalDate payAfterOrder = Days.within(served, PAY_AFTER_ORDER_DAYS);
        LocalDate petition = Days.within(served, PETITION_DAYS);
        deadlines.add(new Deadline("pay the debt as the hearing officer ordered", payAfterOrder, law.determination().cite()));
        deadlines.add(new Deadline("file and serve a petition for judicial review", petition, law.review().cite()));
        r.found(law.determination(), "The determination ordering payment was served on " + served + ": the official must pay within 30 days, by " + payAfterOrder + ".");
        r.found(law.review(), "A petition for judicial review must be filed and served within 5 days after service of the determination, by " + petition + ".");
        if (paidBy(in, payAfterOrder)) {
            return notVacated(r, law.payment(), section, deadlines, "The debt was paid in full on " + in.ifGiven(PAID_ON).get() + ", within 30 days of the determination.",
                    established(in, notice) ? payAfterOrder.plusDays(1) : null);
        }
        if (!in.given(REVIEW) && asOf.isEmpty()) {
            return pending(in, r, law, section, deadlines, payAfterOrder.plusDays(1), "Without the date the answer is for, only the timeline can be given.");
        }
        if (!in.is(REVIEW, law.vacated()) || in.after(REVIEW_ON, petition, law.review())) {
            return failure(in, r, law, section, deadlines, notice, payAfterOrder,
                    "(ii) fails to pay the debt within 30 days after being served with the determination ordering payment");
        }
        LocalDate filed = in.the(REVIEW_ON, law.review());
        LocalDate court = Days.within(filed, COURT_HEARING_DAYS);
        deadlines.add(new Deadline("court hearing on the petition", court, law.review().cite()));
        r.found(law.review(), "The petition was filed on " + filed + ": the court must set the hearing within 30 days, by " + court + ".");
        CourtDecision decision = in.the(COURT, law.review());
        if (decision == CourtDecision.NOT_YET_DECIDED) {
            return pending(in, r, law, section, deadlines, null, "The court has not yet decided the petition.");
        }
        if (decision == CourtDecision.REVERSED) {
            return notVacated(r, law.payment(), section, deadlines, "The court reversed the hearing officer's determination.");
        }
        LocalDate payAfterCourt = Days.within(in.the(COURT_ON, law.review()), PAY_AFTER_ORDER_DAYS);
        deadlines.add(new Deadline("pay the debt after the court upheld the determination", payAfterCourt, law.vacated().cite()));
        if (paidBy(in, payAfterCourt)) {
            return notVacated(r, law.payment(), section, deadlines, "The debt was paid in full on " + in.ifGiven(PAID_ON).get() + ", within 30 days of the court's decision.",
                    established(in, notice) ? payAfterCourt.plusDays(1) : null);
        }
        return failure(in, r, law, section, deadlines, notice, payAfterCourt,
                "(iii) fails to pay the debt within 30 days after being served with the decision upholding the determination");
    }

    /** (G): "more than 30 days overdue from the date the debt was due" when the notice was received: due at least 31 days before it. */
    private static boolean inArrears(In<Facts> in, LocalDate notice, Paragraph law) {
        return in.onOrBefore(DUE, notice.minusDays(31), law.debt());
    }

    /** (A) and (G) given as holding: a "vacated if unpaid" date is given beside a payment in time only then. */
    private static boolean established(In<Facts> in, LocalDate notice) {
        return in.ifGiven(SERVED).orElse(false) && in.ifGiven(ADJUDICATED).orElse(false)
                && in.ifGiven(DUE).map(d -> !notice.isBefore(d.plusDays(31))).orElse(false);
    }

    /** (A) and (G), read where a vacancy would follow: the answer "not vacated" where one fails, null where both hold. */
    private Envelope<Answer> establishedOrNot(In<Facts> in, Reasons r, Paragraph law, String section, List<Deadline> deadlines, LocalDate notice) {
        if (!in.is(SERVED, law.notice())) {
            return notVacated(r, law.notice(), section, deadlines, "The clerk's notice was not delivered by personal service, and no vacancy may occur under this paragraph before it is.");
        }
        if (!in.is(ADJUDICATED, law.debt())) {
            return notVacated(r, law.debt(), section, deadlines, "The arrearage was not adjudicated before a tribunal with jurisdiction, so it is not a \"debt\" for this paragraph.");
        }
        if (!inArrears(in, notice, law)) {
            return notVacated(r, law.debt(), section, deadlines, "When the notice was received (" + notice + ") the debt was not more than 30 days overdue, so the official was not in arrears of a debt.");
        }
        return null;
    }

    /** A payment given, made by the deadline. */
    private static boolean paidBy(In<Facts> in, LocalDate deadline) {
        return in.ifGiven(PAID_ON).filter(d -> !d.isAfter(deadline)).isPresent();
    }

    /** (F): vacated the day after the missed 30th day, once the deadline has passed unpaid and (A) and (G) hold. */
    private Envelope<Answer> failure(In<Facts> in, Reasons r, Paragraph law, String section, List<Deadline> deadlines, LocalDate notice,
            LocalDate deadline, String ground) {
        LocalDate vacated = deadline.plusDays(1);
        Optional<LocalDate> asOf = in.ifGiven(AS_OF);
        boolean paidLate = in.given(PAID_ON);
        if (!paidLate && !asOf.filter(d -> d.isAfter(deadline)).isPresent()) {
            return pending(in, r, law, section, deadlines, vacated, "The deadline " + deadline + " has not passed"
                    + (asOf.isEmpty() ? " as far as the facts show (give the date to answer as of to decide it)." : " on " + asOf.get() + "."));
        }
        if (!paidLate && in.is(PAID, law.payment())) {
            // paid, but on a day not given: before or after the deadline decides it
            in.the(PAID_ON, law.payment());
        }
        Envelope<Answer> fails = establishedOrNot(in, r, law, section, deadlines, notice);
        if (fails != null) {
            return fails;
        }
        r.found(law.vacated(), "The official " + ground.substring(ground.indexOf(' ') + 1) + " (by " + deadline + "), so the official is "
                + "disqualified and the office vacated on " + vacated + ".");
        return r.answered(new Answer(section, Outcome.VACATED, deadlines, vacated, vacated, null),
                "The office is vacated on " + vacated + ": the debt was not paid by " + deadline + " (" + section + ").");
    }

    /** Not vacated as of asOf; without asOf the outcome is left open (null) and only the timeline is given. */
    private Envelope<Answer> pending(In<Facts> in, Reasons r, Paragraph law, String section, List<Deadline> deadlines, LocalDate vacatedIfUnpaid,
            String why) {
        Deadline next = deadlines.get(deadlines.size() - 1);
        Optional<LocalDate> asOf = in.ifGiven(AS_OF);
        // (E): a debt paid in full by the day asked about, while no deadline to pay has run out, ends the matter; "pending"
        // would read an unknown payment as none
        String stage = why + (vacatedIfUnpaid == null ? "" : " If the debt is not paid by then, the office is vacated on " + vacatedIfUnpaid + ".");
        if (asOf.isPresent() && in.is(PAID, law.payment())) {
            r.found(law.vacated(), stage);
            Optional<LocalDate> paidOn = in.ifGiven(PAID_ON);
            return notVacated(r, law.payment(), section, deadlines, "The debt was paid in full " + paidOn.map(d -> "on " + d).orElse("by " + asOf.get())
                    + ", while no deadline to pay had run out.", established(in, in.the(NOTICE_ON, law.notice())) ? vacatedIfUnpaid : null);
        }
        // pending means a vacancy may still follow, which only (A) and (G) allow
        Envelope<Answer> fails = establishedOrNot(in, r, law, section, deadlines, in.the(NOTICE_ON, law.notice()));
        if (fails != null) {
            return fails;
        }
        r.found(law.vacated(), stage);
        boolean known = asOf.isPresent();
        return r.answered(new Answer(section, known ? Outcome.PENDING : null, deadlines, null, vacatedIfUnpaid, null),
                (known ? "The office is not vacated as of " + asOf.get() + ". " : "Give the date the answer is for to say whether the office is vacated. ")
                        // a deadline falling on the day asked about is said once (issue 15)
                        + "Next deadline: " + next.step() + " by " + (known && next.date().equals(asOf.get()) ? "the end of that day" : next.date()) + "."
                        + (vacatedIfUnpaid == null ? "" : " Unpaid, the office is vacated on " + vacatedIfUnpaid + "."));
    }

    private Envelope<Answer> notVacated(Reasons r, Provision because, String section, List<Deadline> deadlines, String why) {
        return notVacated(r, because, section, deadlines, why, null);
    }

    /** @param ifUnpaid where a payment deadline was met, the day the office would have been vacated had it not been */
    private Envelope<Answer> notVacated(Reasons r, Provision because, String section, List<Deadline> deadlines, String why, LocalDate ifUnpaid) {
        r.found(because, why + " The official keeps the office.");
        return r.answered(new Answer(section, Outcome.NOT_VACATED, deadlines, null, ifUnpaid, null), why + " The office is not vacated.");
    }
}
