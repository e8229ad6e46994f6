package com.statutory.officers.answer;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our types reachable from some roots through record components (type arguments, arrays and the permitted
 * subtypes of sealed interfaces included): what Jackson reads or writes, and what the validator inspects.
 */
public final class TypeClosure {

    private static final String OURS = "com.statutory.officers.";

    private TypeClosure() {
    }

    public static Set<Class<?>> of(Collection<? extends Type> roots) {
        Deque<Type> todo = new ArrayDeque<>(roots);
        Set<Class<?>> reachable = new TreeSet<>(Comparator.comparing(Class::getName));
        Set<Type> seen = new HashSet<>();
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
}
