package com.statutory.officers.municipality;

import com.statutory.officers.catalogue.Title;

/**
 * The form of municipal government (3.1-5-5): Article 3.1 applies to officers under Articles 4 and 5 too, but where
 * it conflicts with them, Article 4 or 5 controls.
 */
public enum FormOfGovernment {
    /** Mayor and council (a city) or president and board of trustees (a village or town): this Article's own form. */
    @Title("Mayor and council, or president and board") MAYOR_COUNCIL_OR_PRESIDENT_BOARD,
    /** The commission form, Article 4. */
    COMMISSION,
    /** The managerial (council-manager) form, Article 5. */
    MANAGERIAL;

    /** "commission", "managerial", or "mayor-council or president-board": how an answer names the form. */
    public String words() {
        return switch (this) {
            case COMMISSION -> "commission";
            case MANAGERIAL -> "managerial";
            default -> "mayor-council or president-board";
        };
    }

    /** The Article that controls where it conflicts with Article 3.1, or null for this Article's own form. */
    public String controllingArticle() {
        return switch (this) {
            case COMMISSION -> "Article 4";
            case MANAGERIAL -> "Article 5";
            default -> null;
        };
    }
}
