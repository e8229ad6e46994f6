package com.statutory.officers.catalogue;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.answer.TypeClosure;

/**
 * Every type of ours that Jackson reads or writes by reflection: the envelope and error body, each question's
 * facts and answer, and whatever their record components reach (records, enums, the permitted subtypes of sealed
 * interfaces). The native image registers exactly these, so adding a question needs no list kept by hand.
 */
public final class ReachableTypes {

    private ReachableTypes() {
    }

    public static Set<Class<?>> of(Collection<? extends Question<?, ?>> questions) {
        List<Type> roots = new ArrayList<>(List.of(Envelope.class, ErrorBody.class));
        for (Question<?, ?> q : questions) {
            roots.add(q.factsType());
            roots.add(q.about().answerType());
        }
        return TypeClosure.of(roots);
    }

    public static Set<Class<?>> ofCatalogue() {
        return of(Catalogue.all());
    }
}
