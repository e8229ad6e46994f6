package com.statutory.officers.municipality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/** The municipality facts that recur across questions; every one may be omitted and is asked for when it decides the answer. */
public record Municipality(
        @Title("Kind of municipality")
        @JsonPropertyDescription("City, village or incorporated town.")
        MunicipalityKind kind,
        @Title("Population")
        @JsonPropertyDescription("Inhabitants by the latest federal decennial census (unless the section says otherwise).")
        @Min(value = 1, message = "must be a whole number of at least 1")
        @Max(value = 20_000_000, message = "must be a whole number of at most 20000000")
        Integer population,
        @Title("Form of government")
        @JsonPropertyDescription("Mayor and council or president and board (this Article's form), commission (Article 4) or managerial (Article 5); asked "
                + "where Article 4 or 5 could control (3.1-5-5).")
        FormOfGovernment formOfGovernment,
        @Title("Is it a home-rule unit?")
        @JsonPropertyDescription("Whether the municipality is a home-rule unit: the answer then notes that the statute gives the default, "
                + "which a home-rule ordinance may change where the statute does not limit home-rule powers.")
        Boolean homeRule) {

    /** A municipality known by its kind and population only. */
    public static Municipality of(MunicipalityKind kind, Integer population) {
        return new Municipality(kind, population, null, null);
    }

    /** 3.1-10-50(i) and 3.1-10-51(f), 3.1-40-50 and others draw this line: "500,000 or more". */
    public static final int LARGE = 500_000;

    public static final String ASK_POPULATION = "How many inhabitants does the municipality have (latest federal census)?";
    public static final String ASK_FORM = "Does the municipality have the mayor-council (or president-board) form, the commission form (Article 4) or the managerial form (Article 5)?";
    public static final String ASK_KIND = "Is the municipality a city, a village or an incorporated town?";

    /** True, after recording the question, when the population (which decides the section) is unknown. */
    public static boolean populationMissing(Municipality m, Reasons r, Provision because) {
        if (m == null || m.population() == null) {
            r.missing("municipality.population", ASK_POPULATION, because);
            return true;
        }
        return false;
    }

    @JsonIgnore
    public boolean isLarge() {
        return population >= LARGE;
    }
}
