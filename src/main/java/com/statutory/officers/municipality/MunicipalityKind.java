package com.statutory.officers.municipality;

/** The three kinds of municipality Article 3.1 governs. */
public enum MunicipalityKind {
    CITY, VILLAGE, INCORPORATED_TOWN
}
