package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.internal.metadata.core.ConstraintHelper;
import org.junit.jupiter.api.Test;

import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.ConsistentValidator;
import com.statutory.officers.answer.OneOf;
import com.statutory.officers.answer.OneOfValidator;
import com.statutory.officers.catalogue.ReachableTypes;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.vacancies.ResignationEffectiveDate;
import com.statutory.officers.vacancies.VacancyFilling;

/**
 * What the native image registers for Hibernate Validator is found from the facts themselves: class-level,
 * field-level and type-argument constraints, with our own validators and the built-in implementations.
 */
class ConstraintsUsedTest {

    private final ConstraintHelper builtIn = ConstraintHelper.forAllBuiltinConstraints();

    @Test
    void findsFieldClassAndCustomConstraints() {
        assertTrue(ConstraintsUsed.on(Municipality.class).containsAll(Set.of(Min.class, Max.class)));
        assertTrue(ConstraintsUsed.on(VacancyFilling.Facts.class).containsAll(Set.of(OneOf.class, Consistent.class)));
        assertTrue(ConstraintsUsed.on(ResignationEffectiveDate.Facts.class).contains(Size.class), "@Size on a list of dates");
    }

    @Test
    void validatorsIncludeOursAndTheBuiltInOnesForTheTypesWeUse() throws Exception {
        assertTrue(ConstraintsUsed.validators(Consistent.class, builtIn).contains(ConsistentValidator.class));
        assertTrue(ConstraintsUsed.validators(OneOf.class, builtIn).contains(OneOfValidator.class));
        List<Class<?>> min = ConstraintsUsed.validators(Min.class, builtIn);
        assertTrue(min.contains(Class.forName("org.hibernate.validator.internal.constraintvalidators.bv.number.bound.MinValidatorForInteger")), min.toString());
        List<Class<?>> size = ConstraintsUsed.validators(Size.class, builtIn);
        assertTrue(size.contains(Class.forName("org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForCollection")), size.toString());
    }

    @Test
    void everyConstraintOnTheCatalogueHasAValidator() {
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : ReachableTypes.ofCatalogue()) {
            for (var constraint : ConstraintsUsed.on(type)) {
                if (seen.add(constraint)) {
                    assertTrue(!ConstraintsUsed.validators(constraint, builtIn).isEmpty(), constraint.getName());
                }
            }
        }
        assertTrue(seen.size() >= 5, "constraints found: " + seen);
    }
}
