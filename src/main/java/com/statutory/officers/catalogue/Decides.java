package com.statutory.officers.catalogue;

import com.statutory.officers.answer.Engine;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.In;

/**
 * A question whose rule reads its facts through {@link In}: the {@link Engine} works out which unknown facts matter, so
 * the rule holds the formula and no asking code.
 */
public interface Decides<F, A> extends Question<F, A> {

    /** The rule, as the statute reads, on one path of the exploration. */
    Envelope<A> decide(In<F> in);

    @Override
    default Envelope<A> answer(F facts) {
        return Engine.answer(name(), about().answerType(), facts, this::decide);
    }
}
