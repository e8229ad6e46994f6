package com.statutory.officers.council;

import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.FieldProblem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.catalogue.Title;

/**
 * Who sits on the city council or village board. "Members then holding office" excludes vacant seats;
 * the corporate authorities are the mayor or president and the alderpersons or trustees (3.1-40-5, 3.1-45-5).
 */
@Consistent
public record Council(
        @Title("Seats")
        @JsonPropertyDescription("Number of alderperson or trustee seats the law provides (vacant ones included).")
        @Min(value = 1, message = "must be a whole number of at least 1") @Max(value = 60, message = "must be at most 60") Integer seats,
        @Title("Members holding office")
        @JsonPropertyDescription("Alderpersons or trustees then holding office (seats minus vacancies).")
        @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer holdingOffice,
        @Title("Is the office of mayor or president filled?")
        @JsonPropertyDescription("Whether the office of mayor or president is filled (not vacant).")
        Boolean mayorInOffice) implements CrossChecked {

    /** The shared shape carries its own cross-checks, so every question using it refuses the same impossible councils. */
    @Override
    public java.util.List<FieldProblem> contradictions() {
        if (seats != null && holdingOffice != null && holdingOffice > seats) {
            return java.util.List.of(new FieldProblem("holdingOffice", "is more than council.seats"));
        }
        return java.util.List.of();
    }

    /** All members then holding office, including the mayor or president (3.1-40-40). */
    @JsonIgnore
    public int membersHoldingOffice() {
        return holdingOffice + (Boolean.TRUE.equals(mayorInOffice) ? 1 : 0);
    }

    /**
     * 3.1-40-20: "a majority of the corporate authorities", read as the authorized membership (the seats plus the
     * mayor's or president's office), since 3.1-10-55 speaks of there being "not a quorum in office".
     */
    public static int quorumOf(int seats) {
        return majorityOf(seats + 1);
    }

    public static int majorityOf(int n) {
        return n / 2 + 1;
    }

    /** The least whole number that is at least the fraction of n: two-thirds of 7 is 5, three-fourths of 6 is 5. */
    public static int atLeast(int numerator, int denominator, int n) {
        return (numerator * n + denominator - 1) / denominator;
    }
}
