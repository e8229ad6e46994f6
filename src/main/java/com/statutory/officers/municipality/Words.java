package com.statutory.officers.municipality;

/**
 * The statute's names for the same roles: a city has a mayor, alderpersons and a city council; a village
 * or incorporated town has a president, trustees and a board of trustees, which acts "in the same
 * manner as a city council" (3.1-45-5).
 */
public record Words(String chief, String member, String members, String body) {

    /** An enum constant as words: INCORPORATED_TOWN is "incorporated town", OTHER_PERSON "other person". */
    public static String lower(Enum<?> constant) {
        return constant.name().toLowerCase().replace('_', ' ');
    }

    /** The kind with its article, as a sentence names it: "a city", "a village", "an incorporated town". */
    public static String aKind(MunicipalityKind kind) {
        return (kind == MunicipalityKind.INCORPORATED_TOWN ? "an " : "a ") + lower(kind);
    }

    /** Unknown kind (not needed to decide the answer): both names, so the text stays true either way. */
    public static Words of(MunicipalityKind kind) {
        if (kind == null) {
            return new Words("mayor or president", "alderperson or trustee", "alderpersons or trustees", "council or board");
        }
        return kind == MunicipalityKind.CITY
                ? new Words("mayor", "alderperson", "alderpersons", "city council")
                : new Words("president", "trustee", "trustees", "board of trustees");
    }
}
