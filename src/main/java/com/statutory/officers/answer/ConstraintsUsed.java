package com.statutory.officers.answer;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;

import org.hibernate.validator.internal.engine.constraintvalidation.ConstraintValidatorDescriptor;
import org.hibernate.validator.internal.metadata.core.ConstraintHelper;

/**
 * The Bean Validation constraints a type declares (on the class, its fields, and inside their type arguments, e.g.
 * {@code List<@Past LocalDate>}), and the validator classes Hibernate Validator may instantiate for each. Used when
 * the native image is built; plain reflection, so it is tested on the JVM.
 */
public final class ConstraintsUsed {

    private ConstraintsUsed() {
    }

    public static Set<Class<? extends Annotation>> on(Class<?> type) {
        Set<Class<? extends Annotation>> found = new LinkedHashSet<>();
        collect(type.getAnnotations(), found);
        for (Field field : type.getDeclaredFields()) {
            collect(field.getAnnotations(), found);
            collect(field.getAnnotatedType(), found);
        }
        return found;
    }

    private static void collect(AnnotatedType t, Set<Class<? extends Annotation>> found) {
        collect(t.getAnnotations(), found);
        if (t instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (t instanceof AnnotatedArrayType a) {
            collect(a.getAnnotatedGenericComponentType(), found);
        }
    }

    private static void collect(Annotation[] annotations, Set<Class<? extends Annotation>> found) {
        for (Annotation a : annotations) {
            Class<? extends Annotation> type = a.annotationType();
            if (type.isAnnotationPresent(Constraint.class) && found.add(type)) {
                // a composed constraint brings its parts
                collect(type.getAnnotations(), found);
            }
        }
    }

    /** The names of the constraints Hibernate Validator implements itself. */
    public static Set<String> builtInNames() {
        return ConstraintHelper.getBuiltinConstraints();
    }

    /** Its own validatedBy classes, and for a built-in constraint every implementation Hibernate Validator ships. */
    public static List<Class<?>> validators(Class<? extends Annotation> constraint, ConstraintHelper builtIn) {
        List<Class<?>> validators = new ArrayList<>(List.of(constraint.getAnnotation(Constraint.class).validatedBy()));
        if (builtInNames().contains(constraint.getName())) {
            for (ConstraintValidatorDescriptor<?> d : builtIn.getAllValidatorDescriptors(constraint)) {
                validators.add(d.getValidatorClass());
            }
        }
        return validators;
    }
}
