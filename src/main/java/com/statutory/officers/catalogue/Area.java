package com.statutory.officers.catalogue;

/** The catalogue's areas of questions. */
public enum Area {
    PLATFORM, VACANCIES, OFFICERS, COUNCIL_AND_BOARD, ELECTIONS_AND_STRUCTURE, MONEY_RECORDS_AND_ETHICS, DUTIES_AND_RECORDS
}
