package com.statutory.officers.catalogue;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.ErrorBody;

/**
 * Every type of ours that Jackson reads or writes by reflection: the envelope and error body, each question's
 * facts and answer, and whatever their record components reach (records, enums, the permitted subtypes of sealed
 * interfaces). The native image registers exactly these, so adding a question needs no list kept by hand.
 */
public final class ReachableTypes {

    private static final String OURS = "com.statutory.officers.";

    private ReachableTypes() {
    }

    public static Set<Class<?>> of(Collection<? extends Question<?, ?>> questions) {
        Deque<Type> todo = new ArrayDeque<>(List.of(Envelope.class, ErrorBody.class));
        for (Question<?, ?> q : questions) {
            todo.add(q.factsType());
            todo.add(q.about().answerType());
        }
        Set<Class<?>> reachable = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<Type> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            switch (t) {
                case ParameterizedType p -> {
                    todo.add(p.getRawType());
                    todo.addAll(List.of(p.getActualTypeArguments()));
                }
                case WildcardType w -> todo.addAll(List.of(w.getUpperBounds()));
                case GenericArrayType a -> todo.add(a.getGenericComponentType());
                case Class<?> c when c.isArray() -> todo.add(c.getComponentType());
                case Class<?> c when c.getName().startsWith(OURS) -> {
                    reachable.add(c);
                    if (c.isRecord()) {
                        for (RecordComponent rc : c.getRecordComponents()) {
                            todo.add(rc.getGenericType());
                        }
                    }
                    if (c.isSealed()) {
                        todo.addAll(List.of(c.getPermittedSubclasses()));
                    }
                }
                default -> {
                    // a JDK or library type (String, LocalDate, List, JsonNode): Jackson and the image know these
                }
            }
        }
        return reachable;
    }

    public static Set<Class<?>> ofCatalogue() {
        return of(Catalogue.all());
    }
}
