package com.statutory.officers.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The native image's reflection list covers every record and enum a function reads or writes, and nothing stale. */
class NativeReflectionTest {

    @Test
    void everyTypeReachableFromTheCatalogueIsRegistered() {
        Set<Class<?>> reachable = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Envelope.class, ErrorBody.class));
        for (Question<?, ?> q : Catalogue.all()) {
            todo.add(q.factsType());
            todo.add(q.about().answerType());
        }
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.getName().startsWith("com.statutory.officers") || !reachable.add(c) || !c.isRecord()) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                add(rc.getGenericType(), todo);
            }
        }
        Set<String> expected = new TreeSet<>(reachable.stream().map(Class::getName).toList());
        RegisterForReflection registration = NativeReflection.class.getAnnotation(RegisterForReflection.class);
        Set<String> registered = new TreeSet<>(Arrays.stream(registration.targets()).map(Class::getName).toList());
        assertEquals(expected, registered, "update NativeReflection's targets to:\n" + String.join(",\n",
                reachable.stream().sorted(Comparator.comparing(Class::getName)).map(c -> c.getCanonicalName() + ".class").toList()));
    }

    private static void add(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            add(p.getRawType(), todo);
            for (Type a : p.getActualTypeArguments()) {
                add(a, todo);
            }
        }
    }
}
