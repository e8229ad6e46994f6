package com.statutory.officers.catalogue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/** The words of {@link Title}: for an enum constant, and for a field found by its path in a question's facts. */
public final class Titles {

    private Titles() {
    }

    /** The constant's {@link Title}, or its name as words in sentence case (INCORPORATED_TOWN, "Incorporated town"). */
    public static String of(Enum<?> constant) {
        try {
            Title t = constant.getDeclaringClass().getField(constant.name()).getAnnotation(Title.class);
            if (t != null) {
                return t.value();
            }
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return words(constant.name());
    }

    /** A name as words in sentence case: nextGeneralElectionDate, "Next general election date"; INCORPORATED_TOWN, "Incorporated town". */
    public static String words(String name) {
        String w = name.contains("_") ? name.toLowerCase().replace('_', ' ')
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([a-zA-Z])([0-9])", "$1 $2").toLowerCase();
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * The title of the field at a 400's path ("municipality.population", "candidates[2].votes"), or null when the
     * path names no titled field (an unknown field, the body itself).
     */
    public static String ofPath(Class<?> facts, String path) {
        RecordComponent c = componentAt(facts, path);
        Title t = c == null ? null : c.getAccessor().getAnnotation(Title.class);
        return t == null ? null : t.value();
    }

    /** The enum a field at this path holds (itself or as list items), or null. */
    public static Class<?> enumAt(Class<?> facts, String path) {
        RecordComponent c = componentAt(facts, path);
        if (c == null) {
            return null;
        }
        Class<?> type = raw(element(c.getGenericType()));
        return type != null && type.isEnum() ? type : null;
    }

    private static RecordComponent componentAt(Class<?> facts, String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Type type = facts;
        RecordComponent found = null;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d*]$", "");
            Class<?> record = raw(type);
            if (record == null || !record.isRecord()) {
                return null;
            }
            found = null;
            for (RecordComponent c : record.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    found = c;
                }
            }
            if (found == null) {
                return null;
            }
            type = element(found.getGenericType());
        }
        return found;
    }

    /** A list's items, or the type itself. */
    private static Type element(Type type) {
        if (raw(type) != null && java.util.Collection.class.isAssignableFrom(raw(type)) && type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }
}
