package com.statutory.officers.money;

import static com.statutory.officers.answer.Prose.dollars;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * deposit-collateral: the securities a treasurer may ask a depository to pledge, and the dates of changing depositories.
 *
 * <p>Readings: 3.1-35-50(b) says the treasurer "may require" the pledge: an option, never a duty, so the answer gives the most that
 * may be asked. The insurance limitation is federal law, not a fact of the municipality: it is an input, and when not given the
 * standard maximum deposit insurance amount of $250,000 per depositor per insured bank (12 U.S.C. 1821(a)(1)(E)) is used and the
 * answer says so. "At least 10 days" and "at least 5 days before the transfer" count whole days from the dates given.
 */
public final class DepositCollateral implements Decides<DepositCollateral.Facts, DepositCollateral.Answer> {

    public static final String NAME = "deposit-collateral";

    static final Applied LAW = new Applied();
    static final Provision DEPOSITORIES = LAW.require("3.1-35-50(a)");
    static final Provision COLLATERAL = LAW.require("3.1-35-50(b)");
    static final Provision PUBLIC_FUNDS_ACT = LAW.require("3.1-35-50(e)");
    /** The FDIC's standard maximum deposit insurance amount since 2010 (12 U.S.C. 1821(a)(1)(E)): the default when the caller gives none. */
    static final BigDecimal DEFAULT_INSURANCE_LIMIT = new BigDecimal("250000");
    static final int OLD_DEPOSITORY_DAYS = 10;
    static final int SURETY_NOTICE_DAYS = 5;

    public record Facts(
            @Title("Deposit (dollars)")
            @JsonPropertyDescription("The municipality's funds deposited with the bank or savings and loan association, in dollars.")
            @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100000000000", message = "must be at most 100000000000") BigDecimal deposit,
            @Title("Deposit insurance limit (dollars)")
            @JsonPropertyDescription("The deposit insurance limitation that applies, in dollars: $250,000 (the FDIC standard maximum) when not given.")
            @JsonProperty(defaultValue = "250000") @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100000000000", message = "must be at most 100000000000") BigDecimal insuranceLimit,
            @Title("New depository qualified on")
            @JsonPropertyDescription("Changing depositories: the date the new depository was designated and qualified (furnished its statements).")
            LocalDate newDepositoryQualifiedOn,
            @Title("Funds transferred on")
            @JsonPropertyDescription("Changing depositories: the date funds are to be transferred to the new depository.") LocalDate transferOn) {
    }

    /**
     * @param treasurersOption   the pledge is the treasurer's to require or not (always true: "may require")
     * @param uninsured          the deposit above the insurance limitation
     * @param collateralAtLeast  the market value of securities or mortgages the treasurer may require: the uninsured amount
     * @param oldDepositoryUntil the old depository continues until 10 days after the new one has qualified
     * @param notifySuretiesBy   the corporate authorities notify the treasurer's sureties in writing at least 5 days before the transfer
     */
    public record Answer(@Decision boolean treasurersOption, BigDecimal insuranceLimitUsed, boolean insuranceLimitDefaulted, BigDecimal uninsured,
            @Decision BigDecimal collateralAtLeast, @Decision LocalDate oldDepositoryUntil, @Decision LocalDate notifySuretiesBy) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Collateral for deposits",
            "The collateral a treasurer may require a bank or savings and loan association to pledge for municipal deposits: securities or "
                    + "mortgages with a market value at least equal to the deposit above the federal insurance limitation (3.1-35-50(b)); the "
                    + "treasurer's option, not a duty. The limitation is an input; when omitted, $250,000 (the FDIC standard maximum) is used and "
                    + "the answer says so. Also, when changing depositories: the old one continues until 10 days after the new one qualifies, and "
                    + "the sureties are notified in writing at least 5 days before the transfer (3.1-35-50(a)); a depository must meet Section 6 of "
                    + "the Public Funds Investment Act (3.1-35-50(e)).",
            Area.MONEY_RECORDS_AND_ETHICS, LAW, Facts.class, Answer.class)
            .decides("How much collateral the treasurer may require for the municipality's deposits.")
            .askedAs("how much collateral a bank must pledge for the town's deposits above insurance, changing banks");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(new BigDecimal("1850000"), null, null, null);
    }

    /** Whole-number scale for amounts read as 1.6E+6, so that every output writes 1600000. */
    static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    static final Fact<Facts, BigDecimal> DEPOSIT = Fact.value("deposit", Facts::deposit,
            "How much of the municipality's money is deposited with the bank or savings and loan association?");
    static final Fact<Facts, BigDecimal> LIMIT = Fact.value("insuranceLimit", Facts::insuranceLimit, "What deposit insurance limitation applies?");
    static final Fact<Facts, LocalDate> QUALIFIED_ON = Fact.date("newDepositoryQualifiedOn", Facts::newDepositoryQualifiedOn,
            "On what date was the new depository designated and qualified?");
    static final Fact<Facts, LocalDate> TRANSFER_ON = Fact.date("transferOn", Facts::transferOn, "On what date are the funds to be transferred?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        // the question is about the deposit, or about changing depositories: with neither, the deposit is what is asked
        Optional<BigDecimal> deposit = in.given(QUALIFIED_ON) || in.given(TRANSFER_ON) ? in.ifGiven(DEPOSIT) : Optional.of(in.the(DEPOSIT, COLLATERAL));
        StringBuilder summary = new StringBuilder();
        boolean defaulted = !in.given(LIMIT);
        BigDecimal limit = in.ifGiven(LIMIT).orElse(DEFAULT_INSURANCE_LIMIT);
        BigDecimal uninsured = null;
        if (deposit.isPresent()) {
            uninsured = plain(deposit.get().subtract(limit).max(BigDecimal.ZERO));
            r.found(COLLATERAL, "The treasurer may require the depository to deposit securities or mortgages with a market value at least equal to "
                    + "the municipality's funds above the deposit insurance limitation: " + dollars(deposit.get()) + " deposited, "
                    + dollars(limit) + " insured" + (defaulted ? " (the FDIC standard maximum, taken because no limitation was given)" : "")
                    + ", so " + dollars(uninsured) + ".");
            r.cite(PUBLIC_FUNDS_ACT);
            summary.append(uninsured.signum() == 0 ? "The deposit is within the insurance limitation of " + dollars(limit)
                    + ": there is nothing above it to collateralize."
                    : "The treasurer may (but need not) require securities or mortgages worth at least " + dollars(uninsured)
                            + ", the deposit above the insurance limitation of " + dollars(limit) + ".");
            if (defaulted) {
                summary.append(" The limitation used is the FDIC standard maximum; give the deposit insurance limit if another applies.");
            }
        }
        LocalDate until = in.ifGiven(QUALIFIED_ON).map(d -> d.plusDays(OLD_DEPOSITORY_DAYS)).orElse(null);
        LocalDate notify = in.ifGiven(TRANSFER_ON).map(d -> d.minusDays(SURETY_NOTICE_DAYS)).orElse(null);
        if (until != null || notify != null) {
            r.found(DEPOSITORIES, (until == null ? "" : "The old depository continues until 10 days have elapsed after the new one was designated and "
                    + "qualified (" + in.ifGiven(QUALIFIED_ON).orElse(null) + "): until " + until + ". ") + (notify == null ? ""
                            : "The corporate authorities must notify the treasurer's sureties in writing at least 5 days before the transfer of "
                                    + in.ifGiven(TRANSFER_ON).orElse(null) + ": by " + notify + "."));
            summary.append(summary.length() == 0 ? "" : " ").append(until == null ? "" : "The old depository continues until " + until + ". ")
                    .append(notify == null ? "" : "Notify the treasurer's sureties in writing by " + notify + ".");
        }
        return r.answered(new Answer(true, plain(limit), defaulted, uninsured, uninsured, until, notify), summary.toString().trim());
    }
}
