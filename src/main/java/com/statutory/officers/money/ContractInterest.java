package com.statutory.officers.money;

import static com.statutory.officers.answer.Prose.dollars;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * contract-interest: whether an officer's interest in a municipal contract is prohibited by 3.1-55-10, which way out fits, and the
 * conditions that way still demands.
 *
 * <p>Each way out is a route whose facts (who the officer is, the dealing, the share owned, the amounts) either fit it, rule it out,
 * or are still unknown; the answer is "an exception is available" as soon as one route fits, "prohibited" only when every route is
 * ruled out, and otherwise asks the facts of the routes still open. The steps the route then demands (disclosure, abstention, the
 * vote, sealed bids, a regular meeting) are listed as conditions to meet: they are the officer's and the board's to take.
 *
 * <p>Readings: "less than 7 1/2%" excludes 7.5% ((b)(1), (e)) while "no more than 7 1/2%" includes it ((c)); "1% or less" includes
 * 1% ((a)) while "less than a 1% share" excludes it ((b-5)). The fiscal-year caps ($25,000, $4,000) count every contract so awarded
 * to the same party that year, this one included; (b)(2)'s per-contract cap is $2,000 (the figure the scrape lost; see the statute
 * README). Sealed bids: (b)(1)(E) requires them "if the amount of the contract exceeds $1,500" and allows none "if the amount is
 * less than $1,500"; at exactly $1,500 it says neither, and the answer says so.
 */
public final class ContractInterest implements Question<ContractInterest.Facts, ContractInterest.Answer> {

    public static final String NAME = "contract-interest";

    static final Applied LAW = new Applied();
    static final Provision PROHIBITION = LAW.require("3.1-55-10(a)");
    static final Provision B1 = LAW.require("3.1-55-10(b)(1)");
    static final Provision B2 = LAW.require("3.1-55-10(b)(2)");
    static final Provision B5 = LAW.require("3.1-55-10(b-5)");
    static final Provision UTILITY = LAW.require("3.1-55-10(c)");
    static final Provision PENALTY = LAW.require("3.1-55-10(d)");
    static final Provision BANK = LAW.require("3.1-55-10(e)");
    /** Let a city council member buy the municipality's real estate "until January 1, 1994": spent, so never a way out today. */
    static final Provision EXPIRED_REAL_ESTATE = LAW.require("3.1-55-10(f)");
    static final Provision NONPROFIT_APPOINTED = LAW.require("3.1-55-10(g)(1)");
    static final Provision NONPROFIT_OTHER = LAW.require("3.1-55-10(g)(2)");

    static final BigDecimal ONE_PERCENT = new BigDecimal("1");
    static final BigDecimal SEVEN_AND_A_HALF = new BigDecimal("7.5");
    static final BigDecimal BID_THRESHOLD = new BigDecimal("1500");
    static final BigDecimal B1_FISCAL_YEAR_CAP = new BigDecimal("25000");
    /** (b)(2)(B): "does not exceed $2,000" — the amount is lost in the scrape; the authentic figure per shared/statute/README.md. */
    static final BigDecimal B2_CONTRACT_CAP = new BigDecimal("2000");
    static final BigDecimal B2_FISCAL_YEAR_CAP = new BigDecimal("4000");
    static final int UTILITY_SMALL_MUNICIPALITY_BELOW = 7_500;

    public enum Dealing {
        /** The member provides materials, merchandise, property, services or labor, paid from the treasury or by assessment. */
        PROVIDING_GOODS_OR_SERVICES,
        /** The municipality procures public utility services from a public utility company. */
        PUBLIC_UTILITY_SERVICES,
        /** A contract of deposit, a loan or other financial services with a bank or savings and loan association. */
        @Title("Deposit, loan or financial services") DEPOSIT_LOAN_OR_FINANCIAL_SERVICES,
        /** Buying property of the municipality, or sold for taxes or assessments, or by legal process at its suit. */
        PURCHASE_OF_PROPERTY
    }

    public enum Role {
        /** An elected or appointed member of the council or board. */
        @Title("Member of the governing body") GOVERNING_BODY_MEMBER,
        /** Another municipal officer (clerk, treasurer, appointed officer). */
        OTHER_OFFICER,
        /** Serves only on an advisory panel or commission or a nongoverning board or commission. */
        @Title("Advisory or nongoverning member only") ADVISORY_OR_NONGOVERNING_ONLY
    }

    public enum Interest {
        /** Owns a share of the contracting party in the officer's own name. */
        OWNERSHIP_IN_OWN_NAME,
        /** Holds it only through a mutual fund or exchange-traded fund. */
        @Title("Ownership only through a fund") OWNERSHIP_THROUGH_FUND_ONLY,
        /** An employee of the contracting party (with any share owned given as ownershipPercent). */
        EMPLOYEE,
        /** An officer of the contracting party (a utility or bank). */
        OFFICER_OF_THE_COMPANY,
        /** A seat on the board of a not-for-profit corporation interested in the contract. */
        @Title("Seat on a not-for-profit board") NONPROFIT_BOARD_SEAT
    }

    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: its population decides the utility exception for any size of holding (under 7,500).")
            @Valid Municipality municipality,
            @Title("The dealing")
            @JsonPropertyDescription("The dealing: providing goods or services, public utility services, deposit, loan or financial services, or a purchase of "
                    + "property.")
            Dealing dealing,
            @Title("The officer's role")
            @JsonPropertyDescription("The officer: a member of the governing body, another officer, or an advisory or nongoverning member only.") Role role,
            @Title("The officer's interest")
            @JsonPropertyDescription("The officer's interest in the contracting party.") Interest interest,
            @Title("Ownership share (percent)")
            @JsonPropertyDescription("The officer's share in the ownership of the contracting party, in percent (0 for none).")
            @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal ownershipPercent,
            @Title("Is the stock publicly traded?")
            @JsonPropertyDescription("Whether the company's stock is traded on a nationally recognized securities market.") Boolean publiclyTraded,
            @Title("Do the officer's duties touch the contract?")
            @JsonPropertyDescription("Advisory or nongoverning member: whether the officer's duties include evaluating, recommending, approving or voting on the contract.")
            Boolean dutiesTouchContract,
            @Title("Contract amount (dollars)")
            @JsonPropertyDescription("The contract's amount in dollars.")
            @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1000000000", message = "must be at most 1000000000") BigDecimal contractAmount,
            @Title("All contracts this fiscal year (dollars)")
            @JsonPropertyDescription("All contracts so awarded to the same party in the fiscal year, this one included, in dollars.")
            @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1000000000", message = "must be at most 1000000000") BigDecimal fiscalYearAggregate,
            @Title("Are the utility's rates approved by the Commerce Commission?")
            @JsonPropertyDescription("Utility: whether the public utility's rates are approved by the Illinois Commerce Commission.") Boolean iccApprovedRates,
            @Title("Is the bank local?")
            @JsonPropertyDescription("Deposit or loan: whether the bank or savings and loan association is local.") Boolean localBank,
            @Title("Appointed to the board by the governing body?")
            @JsonPropertyDescription("Not-for-profit board: whether the governing body appointed the officer to it to represent the municipality.")
            Boolean appointedByGoverningBody,
            @Title("Is the board seat paid?")
            @JsonPropertyDescription("Not-for-profit board: whether the board seat is paid (expense reimbursement aside).") Boolean paidBoardSeat)
            implements InMunicipality {
    }

    /**
     * @param exceptionAvailable whether some way out of the prohibition fits the facts (false: the interest is prohibited)
     * @param route              the way out taken (the one demanding least), by its subsection
     * @param openRoutes         every way out the facts fit
     * @param conditionsToMeet   what that way still demands, one by one
     */
    public record Answer(@Decision Boolean exceptionAvailable, String route, List<String> openRoutes, List<String> conditionsToMeet, String consequence) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Interest in a municipal contract",
            "Whether an officer's interest in a contract, work or business of the municipality (or in buying its, tax-sale or legal-process "
                    + "property) is prohibited by 3.1-55-10, or fits a way out: employee of, or 1% or less in own name of, a listed company (with "
                    + "disclosure, no participation, abstention, majority of those holding office); 1% or less through a mutual fund or ETF; advisory "
                    + "or nongoverning members whose duties do not touch the contract; (b)(1) less than 7.5%, aggregate in the fiscal year not above "
                    + "$25,000, sealed bids above $1,500; (b)(2) contract not above $2,000 and aggregate not above $4,000; (b-5) less than 1%; (c) "
                    + "public utility services (officer or employee, not more than 7.5%, or any share under 7,500 inhabitants with ICC-approved rates); "
                    + "(e) a local bank (officer, employee or less than 7.5%; regular meeting, majority of those holding office); (g) not-for-profit "
                    + "boards; (f), a council member's purchase of the municipality's real estate, ran only until January 1, 1994 and is read as "
                    + "spent. Lists the conditions the way out still demands. Consequence of a violation: Class 4 felony and the office vacated (d).",
            Area.MONEY_RECORDS_AND_ETHICS, LAW, Facts.class, Answer.class)
            .decides("Whether an officer may have an interest in a contract with the municipality, and on what conditions.")
            .askedAs("conflict of interest: an official, spouse or relative owns a business, stock or shares that sells to or contracts with the town, bids");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(com.statutory.officers.municipality.MunicipalityKind.VILLAGE, 6_800), Dealing.PROVIDING_GOODS_OR_SERVICES,
                Role.GOVERNING_BODY_MEMBER, Interest.OWNERSHIP_IN_OWN_NAME, new BigDecimal("5"), false, null, new BigDecimal("12000"),
                new BigDecimal("18000"), null, null, null, null);
    }

    /** A fact a route reads: true, false, or unknown (and then the question to ask). */
    record Condition(Boolean holds, String field, String ask, String words) {

        Condition(Boolean holds, String field, String ask) {
            this(holds, field, ask, null);
        }
    }

    /** One way out: its provision, the facts it needs, and the steps it demands once it fits. */
    record Route(Provision provision, List<Condition> facts, List<String> steps) {

        boolean fits() {
            return facts.stream().allMatch(c -> Boolean.TRUE.equals(c.holds()));
        }

        boolean ruledOut() {
            return facts.stream().anyMatch(c -> Boolean.FALSE.equals(c.holds()));
        }
    }

    static Boolean lessThan(BigDecimal v, BigDecimal limit) {
        return v == null ? null : v.compareTo(limit) < 0;
    }

    static Boolean notAbove(BigDecimal v, BigDecimal limit) {
        return v == null ? null : v.compareTo(limit) <= 0;
    }

    static Boolean is(Object v, Object wanted) {
        return v == null ? null : v.equals(wanted);
    }

    static Boolean isAny(Object v, Object... wanted) {
        return v == null ? null : List.of(wanted).contains(v);
    }

    static Boolean not(Boolean b) {
        return b == null ? null : !b;
    }

    static Boolean or(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b) ? Boolean.TRUE : a == null || b == null ? null : Boolean.FALSE;
    }

    static final String ASK_DEALING = "What is the dealing: the member providing goods or services, public utility services, a deposit or loan with a bank, or buying property?";
    static final String ASK_ROLE = "Is the officer a member of the council or board, another municipal officer, or only on an advisory or nongoverning board?";
    static final String ASK_INTEREST = "What is the officer's interest: a share owned in the officer's own name, one held only through a mutual fund or ETF, "
            + "employment, an officer's post in the company, or a not-for-profit board seat?";
    static final String ASK_SHARE = "What share of the contracting party's ownership does the officer hold, in percent (0 for none)?";

    List<Route> routes(Facts f) {
        Integer pop = f.municipality() == null ? null : f.municipality().population();
        Condition dealingIs = new Condition(f.dealing() == null ? null : Boolean.TRUE, "dealing", ASK_DEALING);
        List<Route> out = new ArrayList<>();
        Condition traded = new Condition(f.publiclyTraded(), "publiclyTraded", "Is the company's stock traded on a nationally recognized securities market?");
        Condition ownsOnePercentOrLess = new Condition(notAbove(f.ownershipPercent(), ONE_PERCENT), "ownershipPercent", ASK_SHARE);
        // (a): an employee of, or 1% or less in own name of, a listed company is not deemed interested, on conditions
        // "an employee of a company or owns or holds an interest of 1% or less ..., or both": an employee's own share, if any, is
        // within it only at 1% or less, so an employee's shareholding not given is asked, never taken as none (issue 25)
        Boolean employeeOrSmallOwner = f.interest() == Interest.EMPLOYEE || f.interest() == Interest.OWNERSHIP_IN_OWN_NAME
                ? notAbove(f.ownershipPercent(), ONE_PERCENT) : f.interest() == null ? null : Boolean.FALSE;
        out.add(new Route(PROHIBITION, List.of(new Condition(employeeOrSmallOwner, f.interest() == null ? "interest" : "ownershipPercent",
                f.interest() == null ? ASK_INTEREST : ASK_SHARE), traded),
                List.of("publicly disclose the employment or the interest of 1% or less before deliberation of the proposed award",
                        "refrain from evaluating, recommending, approving, deliberating or otherwise participating in the negotiation or approval",
                        "abstain from voting on the award (still counted present for a quorum)",
                        "the contract must be approved by a majority vote of the members currently holding office")));
        out.add(new Route(PROHIBITION, List.of(new Condition(is(f.interest(), Interest.OWNERSHIP_THROUGH_FUND_ONLY), "interest", ASK_INTEREST),
                ownsOnePercentOrLess, traded), List.of()));
        if (f.dealing() != Dealing.PURCHASE_OF_PROPERTY) {
            out.add(new Route(PROHIBITION, List.of(dealingIs, new Condition(is(f.role(), Role.ADVISORY_OR_NONGOVERNING_ONLY), "role", ASK_ROLE),
                    new Condition(not(f.dutiesTouchContract()), "dutiesTouchContract", "Do the officer's duties include evaluating, recommending, "
                            + "approving or voting on the contract?")), List.of()));
        }
        Condition providing = new Condition(is(f.dealing(), Dealing.PROVIDING_GOODS_OR_SERVICES), "dealing", ASK_DEALING);
        Condition member = new Condition(is(f.role(), Role.GOVERNING_BODY_MEMBER), "role", ASK_ROLE, "it is for members of the governing body");
        Condition ownerOrEmployee = new Condition(isAny(f.interest(), Interest.OWNERSHIP_IN_OWN_NAME, Interest.EMPLOYEE, Interest.OFFICER_OF_THE_COMPANY),
                "interest", ASK_INTEREST, "it is for an owner, employee or officer of the contracting party");
        String disclose = "publicly disclose the nature and extent of the interest before or during deliberations on the proposed award";
        String abstain = "abstain from voting on the award (still counted present for a quorum)";
        List<String> b1Steps = new ArrayList<>(List.of(disclose, abstain, "the contract must be approved by a majority vote of the members presently holding office"));
        b1Steps.add(bidding(f.contractAmount()));
        // (b-5) needs only a share under 1%, and (b)(1) a share under 7.5% with a $25,000 year: where the smaller share is known,
        // the routes with more conditions can add nothing, and their facts (amounts) are not asked
        boolean underOnePercent = Boolean.TRUE.equals(lessThan(f.ownershipPercent(), ONE_PERCENT));
        boolean underSevenAndAHalf = Boolean.TRUE.equals(lessThan(f.ownershipPercent(), SEVEN_AND_A_HALF));
        if (!underOnePercent) {
        out.add(new Route(B1, List.of(providing, member, ownerOrEmployee,
                new Condition(lessThan(f.ownershipPercent(), SEVEN_AND_A_HALF), "ownershipPercent", ASK_SHARE, "the share must be less than 7 1/2%"),
                new Condition(notAbove(f.fiscalYearAggregate(), B1_FISCAL_YEAR_CAP), "fiscalYearAggregate", "What do all contracts awarded to the same "
                        + "party in this fiscal year come to, this one included?", "the fiscal year's contracts to the same party must not exceed $25,000")), b1Steps));
        }
        if (!underOnePercent && !underSevenAndAHalf) {
        out.add(new Route(B2, List.of(providing, member, ownerOrEmployee,
                new Condition(notAbove(f.contractAmount(), B2_CONTRACT_CAP), "contractAmount", "What is the contract's amount?",
                        "the contract must not exceed $2,000"),
                new Condition(notAbove(f.fiscalYearAggregate(), B2_FISCAL_YEAR_CAP), "fiscalYearAggregate", "What do all contracts awarded to the same "
                        + "party in this fiscal year come to, this one included?", "the fiscal year's contracts to the same party must not exceed $4,000")),
                List.of("the award must be approved by a majority vote of the governing body", disclose, abstain)));
        }
        out.add(new Route(B5, List.of(providing, member, ownerOrEmployee,
                new Condition(lessThan(f.ownershipPercent(), ONE_PERCENT), "ownershipPercent", ASK_SHARE, "the share must be less than 1%")),
                List.of("the award must be approved by a majority vote of the governing body", disclose, abstain)));
        // (c): an officer or employee of the utility, or a holder of no more than 7 1/2% (any share under 7,500 with ICC rates): an
        // officer's or employee's own holding must fit too, so it is asked, never taken as none
        boolean holdsOrWorks = f.interest() == Interest.EMPLOYEE || f.interest() == Interest.OFFICER_OF_THE_COMPANY || f.interest() == Interest.OWNERSHIP_IN_OWN_NAME;
        Boolean utilityHolding = !holdsOrWorks ? (f.interest() == null ? null : Boolean.FALSE)
                : or(notAbove(f.ownershipPercent(), SEVEN_AND_A_HALF), smallWithIccRates(pop, f.iccApprovedRates()));
        String utilityAsk = f.interest() == null ? "interest" : f.ownershipPercent() == null ? "ownershipPercent"
                : pop == null && !Boolean.FALSE.equals(f.iccApprovedRates()) ? "municipality.population" : "iccApprovedRates";
        out.add(new Route(UTILITY, List.of(new Condition(is(f.dealing(), Dealing.PUBLIC_UTILITY_SERVICES), "dealing", ASK_DEALING),
                new Condition(isAny(f.role(), Role.GOVERNING_BODY_MEMBER, Role.ADVISORY_OR_NONGOVERNING_ONLY), "role", ASK_ROLE),
                new Condition(utilityHolding, utilityAsk, switch (utilityAsk) {
                    case "interest" -> ASK_INTEREST;
                    case "ownershipPercent" -> ASK_SHARE;
                    case "municipality.population" -> Municipality.ASK_POPULATION;
                    default -> "Are the public utility's rates approved by the Illinois Commerce Commission?";
                }, "the member must be an officer or employee of the utility, hold no more than 7 1/2%, or hold any share in a municipality of "
                        + "less than 7,500 whose utility rates the Illinois Commerce Commission approves")), List.of()));
        // (e): "as an officer or employee or as a holder of less than 7 1/2%": an officer's or employee's own holding is read the same way
        Boolean bankHolding = holdsOrWorks ? lessThan(f.ownershipPercent(), SEVEN_AND_A_HALF) : f.interest() == null ? null : Boolean.FALSE;
        out.add(new Route(BANK, List.of(new Condition(is(f.dealing(), Dealing.DEPOSIT_LOAN_OR_FINANCIAL_SERVICES), "dealing", ASK_DEALING), member,
                new Condition(f.localBank(), "localBank", "Is the bank or savings and loan association local?", "the bank must be local"),
                new Condition(bankHolding, f.interest() == null ? "interest" : "ownershipPercent", f.interest() == null ? ASK_INTEREST : ASK_SHARE)),
                List.of("publicly state the nature and extent of the interest during deliberations on the proposed award",
                        "take no further part in the deliberations, and do not vote (may be counted present for a quorum)",
                        "the award must be approved by a majority vote of the members presently holding office",
                        "consider and award it only at a regularly scheduled public meeting")));
        if (f.dealing() != Dealing.PURCHASE_OF_PROPERTY) {
            Condition seat = new Condition(is(f.interest(), Interest.NONPROFIT_BOARD_SEAT), "interest", ASK_INTEREST);
            out.add(new Route(NONPROFIT_APPOINTED, List.of(dealingIs, seat,
                    new Condition(f.appointedByGoverningBody(), "appointedByGoverningBody", "Did the governing body appoint the officer to the "
                            + "not-for-profit's board to represent the municipality?"),
                    new Condition(not(f.paidBoardSeat()), "paidBoardSeat", "Is the board seat paid (expense reimbursement aside)?")), List.of()));
            out.add(new Route(NONPROFIT_OTHER, List.of(dealingIs, seat,
                    new Condition(not(f.appointedByGoverningBody()), "appointedByGoverningBody", "Did the governing body appoint the officer to the "
                            + "not-for-profit's board to represent the municipality?")),
                    List.of("abstain from voting on any proposition directly involving the not-for-profit corporation",
                            "for those matters, the officer is not counted present for a quorum")));
        }
        return out;
    }

    /** The values that fall on each side of every line the routes draw, per fact. */
    static List<Object> domain(String field) {
        return switch (field) {
            case "dealing" -> List.of((Object[]) Dealing.values());
            case "role" -> List.of((Object[]) Role.values());
            case "interest" -> List.of((Object[]) Interest.values());
            case "ownershipPercent" -> List.of(new BigDecimal("0.5"), ONE_PERCENT, new BigDecimal("5"), SEVEN_AND_A_HALF, new BigDecimal("50"));
            case "contractAmount" -> List.of(B2_CONTRACT_CAP, new BigDecimal("2000.01"));
            case "fiscalYearAggregate" -> List.of(B2_FISCAL_YEAR_CAP, B1_FISCAL_YEAR_CAP, new BigDecimal("25000.01"));
            case "municipality.population" -> List.of(UTILITY_SMALL_MUNICIPALITY_BELOW - 1, UTILITY_SMALL_MUNICIPALITY_BELOW);
            default -> List.of(Boolean.TRUE, Boolean.FALSE);
        };
    }

    static Facts with(Facts f, String field, Object v) {
        Municipality m = f.municipality();
        return switch (field) {
            case "dealing" -> new Facts(m, (Dealing) v, f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "role" -> new Facts(m, f.dealing(), (Role) v, f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "interest" -> new Facts(m, f.dealing(), f.role(), (Interest) v, f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "ownershipPercent" -> new Facts(m, f.dealing(), f.role(), f.interest(), (BigDecimal) v, f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "publiclyTraded" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), (Boolean) v, f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "dutiesTouchContract" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), (Boolean) v,
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "contractAmount" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    (BigDecimal) v, f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "fiscalYearAggregate" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), (BigDecimal) v, f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "iccApprovedRates" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), (Boolean) v, f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            case "localBank" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), (Boolean) v, f.appointedByGoverningBody(), f.paidBoardSeat());
            case "appointedByGoverningBody" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(),
                    f.dutiesTouchContract(), f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), (Boolean) v, f.paidBoardSeat());
            case "paidBoardSeat" -> new Facts(m, f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), (Boolean) v);
            case "municipality.population" -> new Facts(new Municipality(m == null ? null : m.kind(), (Integer) v, m == null ? null : m.formOfGovernment(),
                    m == null ? null : m.homeRule()), f.dealing(), f.role(), f.interest(), f.ownershipPercent(), f.publiclyTraded(), f.dutiesTouchContract(),
                    f.contractAmount(), f.fiscalYearAggregate(), f.iccApprovedRates(), f.localBank(), f.appointedByGoverningBody(), f.paidBoardSeat());
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Whether some route fits: true, false, or null while the facts leave it open. */
    Boolean available(Facts f) {
        List<Route> routes = routes(f);
        if (routes.stream().anyMatch(Route::fits)) {
            return true;
        }
        return routes.stream().allMatch(Route::ruledOut) ? Boolean.FALSE : null;
    }

    static final int SEARCH_LIMIT = 4_096;
    static final List<String> FIRST = List.of("dealing", "role", "interest");

    /**
     * The unknown facts worth asking: those with two values that answer differently in some completion of the others (every
     * completion over the lines the routes draw is tried). Routes overlap ((b)(1) covers most of (a)'s listed-company case and all of
     * (b)(2) where the share is under 7.5%), so a fact a route reads may still not matter. Where the completions are too many, the
     * facts that say what the question is about (dealing, role, interest) are asked first.
     */
    /** The facts worth asking, and the outcome every completion shares when none is (null when they differ or stay open). */
    record Search(List<String> ask, Boolean sure) {
    }

    Search worthAsking(Facts f, List<String> unknown) {
        long combos = 1;
        for (String field : unknown) {
            combos *= domain(field).size();
        }
        if (combos > SEARCH_LIMIT) {
            List<String> first = unknown.stream().filter(FIRST::contains).toList();
            return new Search(first.isEmpty() ? unknown : first, null);
        }
        List<Facts> worlds = new ArrayList<>(List.of(f));
        for (String field : unknown) {
            List<Facts> next = new ArrayList<>();
            for (Facts w : worlds) {
                for (Object v : domain(field)) {
                    next.add(with(w, field, v));
                }
            }
            worlds = next;
        }
        Boolean[] outcome = new Boolean[worlds.size()];
        for (int i = 0; i < worlds.size(); i++) {
            outcome[i] = available(worlds.get(i));
        }
        List<String> out = new ArrayList<>();
        int stride = worlds.size();
        for (String field : unknown) {
            int size = domain(field).size();
            stride /= size;
            boolean matters = false;
            for (int i = 0; i < worlds.size() && !matters; i++) {
                int index = (i / stride) % size;
                if (index == 0) {
                    for (int k = 1; k < size && !matters; k++) {
                        matters = !java.util.Objects.equals(outcome[i], outcome[i + k * stride]);
                    }
                }
            }
            if (matters) {
                out.add(field);
            }
        }
        Boolean sure = java.util.Arrays.stream(outcome).allMatch(o -> Boolean.TRUE.equals(o)) ? Boolean.TRUE : null;
        return new Search(out, sure);
    }

    /** (c)'s last route: under 7,500 inhabitants with ICC-approved rates; either known to fail settles it. */
    static Boolean smallWithIccRates(Integer pop, Boolean icc) {
        if (pop != null && pop >= UTILITY_SMALL_MUNICIPALITY_BELOW || Boolean.FALSE.equals(icc)) {
            return false;
        }
        return pop == null || icc == null ? null : true;
    }

    static String bidding(BigDecimal amount) {
        if (amount == null) {
            return "award after sealed bids to the lowest responsible bidder if the amount exceeds $1,500 (no bidding needed below $1,500)";
        }
        int c = amount.compareTo(BID_THRESHOLD);
        return c > 0 ? "award after sealed bids to the lowest responsible bidder (the amount, " + dollars(amount) + ", exceeds $1,500)"
                : c < 0 ? "no sealed bids needed (the amount, " + dollars(amount) + ", is less than $1,500)"
                : "at exactly $1,500 the statute neither requires sealed bids (above $1,500) nor waives them (below $1,500): award after sealed "
                        + "bids to be safe, or take the reading that bids are required only above $1,500";
    }

    @Override
    public Envelope<Answer> answer(Facts f) {
        Reasons r = new Reasons(NAME);
        List<Route> routes = routes(f);
        List<Route> open = routes.stream().filter(Route::fits).toList();
        String consequence = "An officer who violates 3.1-55-10 is guilty of a Class 4 felony, and the office becomes vacant on conviction.";
        if (!open.isEmpty()) {
            Route best = open.stream().min((a, b) -> Integer.compare(a.steps().size(), b.steps().size())).orElseThrow();
            r.found(PROHIBITION, "An officer may not be interested, directly or indirectly, in a contract, work or business of the municipality paid from "
                    + "the treasury or by assessment, nor in buying its property or property sold for taxes or by legal process, except as the Section allows.");
            r.found(best.provision(), best.steps().isEmpty() ? "The facts fit this exception, which demands nothing further."
                    : "The facts fit this exception, on these conditions: " + String.join("; ", best.steps()) + ".");
            r.cite(PENALTY);
            List<String> names = open.stream().map(x -> x.provision().cite()).distinct().toList();
            return r.answered(new Answer(true, best.provision().cite(), names, best.steps(), consequence),
                    "The interest falls within an exception (" + best.provision().cite() + ")" + (best.steps().isEmpty() ? "; nothing further is required."
                            : ", provided: " + String.join("; ", best.steps()) + ".") + " Otherwise it is prohibited: a Class 4 felony, and the office is vacated.");
        }
        Map<String, Condition> unknown = new LinkedHashMap<>();
        Map<String, Provision> because = new LinkedHashMap<>();
        for (Route route : routes) {
            if (!route.ruledOut()) {
                for (Condition c : route.facts()) {
                    if (c.holds() == null) {
                        unknown.putIfAbsent(c.field(), c);
                        because.putIfAbsent(c.field(), route.provision());
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            Search search = worthAsking(f, List.copyOf(unknown.keySet()));
            List<String> ask = search.ask();
            if (ask.isEmpty() && Boolean.TRUE.equals(search.sure())) {
                // every way the open facts could be, some exception fits: the answer is sure, only the route (and its conditions) is not
                List<String> candidates = routes.stream().filter(x -> !x.ruledOut()).map(x -> x.provision().cite()).distinct().toList();
                r.found(PROHIBITION, "Whatever the facts not given, one of these exceptions fits: " + String.join(", ", candidates) + ".");
                r.cite(PENALTY);
                routes.stream().filter(x -> !x.ruledOut()).forEach(x -> r.cite(x.provision()));
                return r.answered(new Answer(true, null, candidates, List.of(), consequence), "The interest falls within an exception whatever the facts "
                        + "not given (" + String.join(", ", candidates) + "); which one, and so its conditions, depends on the answer to: "
                        + String.join(" ", unknown.values().stream().map(Condition::ask).toList()));
            }
            for (String field : ask.isEmpty() ? List.copyOf(unknown.keySet()) : ask) {
                r.missing(field, unknown.get(field).ask(), because.get(field));
            }
            return r.needsFacts();
        }
        r.found(PROHIBITION, "The officer may not be financially interested, directly or indirectly, in the contract, work or business, and no exception "
                + "of the Section fits these facts.");
        for (Route route : routes) {
            boolean otherDealing = route.facts().stream().anyMatch(c -> c.field().equals("dealing") && Boolean.FALSE.equals(c.holds()));
            if (!otherDealing && route.provision() != PROHIBITION) {
                r.found(route.provision(), "This exception does not fit: " + String.join("; ", route.facts().stream()
                        .filter(c -> Boolean.FALSE.equals(c.holds())).map(c -> c.words() == null ? c.ask() + " (no)" : c.words()).toList()) + ".");
            }
        }
        if (f.dealing() == Dealing.PURCHASE_OF_PROPERTY && f.role() == Role.GOVERNING_BODY_MEMBER) {
            r.found(EXPIRED_REAL_ESTATE, "This exception let a member of the city council of a municipality under 20,000 buy the municipality's real "
                    + "estate, at no less than its appraised value and with the unanimous vote of the other members, only until January 1, 1994: it "
                    + "offers no way out today.");
        }
        r.found(PENALTY, "A violation is a Class 4 felony, and the office becomes vacant and is so declared in the judgment.");
        return r.answered(new Answer(false, null, List.of(), List.of(), consequence),
                "The interest is prohibited: no exception of 3.1-55-10 fits. A violation is a Class 4 felony, and the office is vacated on conviction.");
    }
}
