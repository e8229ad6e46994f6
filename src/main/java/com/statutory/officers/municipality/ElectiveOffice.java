package com.statutory.officers.municipality;

import java.util.List;
import java.util.Optional;

import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.catalogue.Title;

/**
 * Elective municipal offices named in Article 3.1. The chief executive is the mayor of a city and
 * the president of a village or incorporated town (3.1-15-5); the legislative members are
 * alderpersons in a city and trustees in a village or town. Assessor, collector and supervisor are
 * elected in incorporated towns of 25,000 or more (3.1-25-95).
 */
public enum ElectiveOffice {
    MAYOR, PRESIDENT, ALDERPERSON, TRUSTEE, CLERK, TREASURER, COLLECTOR, ASSESSOR, SUPERVISOR, @Title("Other elective office") OTHER_ELECTIVE;

    public boolean isChiefExecutive() {
        return this == MAYOR || this == PRESIDENT;
    }

    public boolean isCouncilMember() {
        return this == ALDERPERSON || this == TRUSTEE;
    }

    /** Null when the office exists in that kind of municipality; otherwise why not. */
    public String notFoundIn(MunicipalityKind kind) {
        return switch (this) {
            case MAYOR, ALDERPERSON -> kind == MunicipalityKind.CITY ? null
                    : "a " + words(kind) + " has a president and trustees, not a mayor and alderpersons";
            case PRESIDENT, TRUSTEE -> kind != MunicipalityKind.CITY ? null
                    : "a city has a mayor and alderpersons, not a president and trustees";
            case ASSESSOR, SUPERVISOR -> kind == MunicipalityKind.INCORPORATED_TOWN ? null
                    : "only incorporated towns elect an assessor or a supervisor";
            default -> null;
        };
    }

    /** The contradiction of naming this office with that kind of municipality (none when it exists there or the kind is unknown). */
    public Optional<FieldProblem> misfit(MunicipalityKind kind) {
        String why = kind == null ? null : notFoundIn(kind);
        return why == null ? Optional.empty() : Optional.of(new FieldProblem("office", "does not fit municipality.kind: " + why));
    }

    /**
     * Refuses the office in that kind of municipality: given, the binding has already refused it; on a path the engine assumed,
     * the world cannot be and is dropped.
     */
    public void mustBeIn(MunicipalityKind kind) {
        Optional<FieldProblem> misfit = misfit(kind);
        if (misfit.isPresent()) {
            throw new InvalidInputException(List.of(misfit.get()));
        }
    }

    public static String words(MunicipalityKind kind) {
        return Words.lower(kind);
    }

    public String words() {
        return Words.lower(this);
    }
}
