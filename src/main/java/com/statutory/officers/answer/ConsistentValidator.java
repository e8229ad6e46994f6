package com.statutory.officers.answer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public final class ConsistentValidator implements ConstraintValidator<Consistent, CrossChecked> {

    @Override
    public boolean isValid(CrossChecked facts, ConstraintValidatorContext context) {
        if (facts == null) {
            return true;
        }
        var problems = facts.contradictions();
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldProblem p : problems) {
            context.buildConstraintViolationWithTemplate(p.problem().replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(p.field()).addConstraintViolation();
        }
        return false;
    }
}
