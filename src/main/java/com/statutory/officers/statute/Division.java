package com.statutory.officers.statute;

/** A division of Article 3.1, e.g. 10 "GENERAL PROVISIONS". */
public record Division(int number, String title) {
}
