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
        String words = constant.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The title of the field at a 400's path ("municipality.population", "candidates[2].votes"), or null when the
     * path names no titled field (an unknown field, the body itself).
     */
    public static String ofPath(Class<?> facts, String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Type type = facts;
        String title = null;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d*]$", "");
            Class<?> record = raw(type);
            if (record == null || !record.isRecord()) {
                return null;
            }
            RecordComponent found = null;
            for (RecordComponent c : record.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    found = c;
                }
            }
            if (found == null) {
                return null;
            }
            Title t = found.getAccessor().getAnnotation(Title.class);
            title = t == null ? null : t.value();
            type = found.getGenericType();
            if (raw(type) != null && java.util.Collection.class.isAssignableFrom(raw(type)) && type instanceof ParameterizedType p) {
                type = p.getActualTypeArguments()[0];
            }
        }
        return title;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }
}
