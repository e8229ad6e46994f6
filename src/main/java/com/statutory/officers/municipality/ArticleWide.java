package com.statutory.officers.municipality;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Status;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;

/**
 * The rules that qualify every answer about a municipality: 3.1-5-5 (Article 4 or 5 controls where it conflicts with
 * this Article, for a commission or managerial municipality) and home rule (the statute gives the default, which a
 * home-rule ordinance may change where the statute does not limit home-rule powers). Questions whose own sections
 * defer to Articles 4 and 5 in terms (3.1-40-30, 3.1-40-45) ask for the form and answer NOT_APPLICABLE themselves.
 */
public final class ArticleWide {

    public static final String SECTION = "3.1-5-5";

    public static final Provision APPLICATION = Corpus.get().require(SECTION);

    private ArticleWide() {
    }

    public static <A> Envelope<A> qualify(Object facts, Envelope<A> e) {
        if (!(facts instanceof InMunicipality in) || in.municipality() == null || e.status() == Status.NEEDS_FACTS) {
            return e;
        }
        Municipality m = in.municipality();
        String article = m.formOfGovernment() == null ? null : m.formOfGovernment().controllingArticle();
        boolean homeRule = Boolean.TRUE.equals(m.homeRule());
        if (article == null && !homeRule) {
            return e;
        }
        Envelope<A> out = e;
        if (article != null && e.citations().stream().noneMatch(q -> q.section().equals(SECTION))) {
            out = out.qualified(out.answer(), APPLICATION, "This Article applies to officers under Articles 4 and 5 as well, but where it "
                    + "conflicts with " + article + ", the provision of " + article + " controls.", "The municipality has the "
                    + m.formOfGovernment().words() + " form: where " + article + " provides otherwise, it controls (3.1-5-5).");
        }
        if (homeRule) {
            out = out.withSentence("This is the statute's rule; as a home-rule unit the municipality may provide otherwise by ordinance, "
                    + "except where the statute limits home-rule powers.");
        }
        return out;
    }
}
