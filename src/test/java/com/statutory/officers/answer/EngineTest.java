package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;

/**
 * The engine on small synthetic rules: it answers when every way an unknown fact could be gives the same decision, and
 * otherwise asks exactly the facts on which the ways split. The provisions are real (a "because" is always quoted from
 * the corpus); the rules are not the statute's.
 */
class EngineTest {

    static final Provision P = new Applied().require("3.1-40-50");

    record Facts(Boolean a, Boolean b, Integer seats, Integer yeas, Integer holding, LocalDate on, List<LocalDate> meetings) {
        static Facts none() {
            return new Facts(null, null, null, null, null, null, null);
        }
    }

    record Ans(@Decision String decision, Boolean detail) {
    }

    static final Fact<Facts, Boolean> A = Fact.yesNo("a", Facts::a, "Is it a?").said("whether it is a");
    static final Fact<Facts, Boolean> B = Fact.yesNo("b", Facts::b, "Is it b?").said("whether it is b");
    static final Fact<Facts, Integer> SEATS = Fact.count("seats", Facts::seats, 1, 60, "How many seats?");
    static final Fact<Facts, Integer> YEAS = Fact.count("yeas", Facts::yeas, 0, 60, "How many voted yes?");
    static final Fact<Facts, Integer> HOLDING = Fact.count("holding", Facts::holding, 0, 60, "How many hold office?")
            .noLessThan(in -> in.ifGiven(YEAS).orElse(null)).noMoreThan(in -> in.ifGiven(SEATS).orElse(null));
    static final Fact<Facts, LocalDate> ON = Fact.date("on", Facts::on, "On what date?")
            .noLessThan(in -> LocalDate.of(2026, 1, 1));
    static final Fact<Facts, List<LocalDate>> MEETINGS = Fact.value("meetings", Facts::meetings, "When are the meetings?");

    static Engine.Explored<Ans> run(Facts f, Function<In<Facts>, Envelope<Ans>> rule) {
        return Engine.explore("synthetic", Ans.class, f, rule);
    }

    static Envelope<Ans> answered(In<Facts> in, String decision, Boolean detail) {
        return in.reasons().found(P, "Decided " + decision + ".").answered(new Ans(decision, detail), "It is " + decision + ".");
    }

    static List<String> asked(Envelope<?> e) {
        return e.missingFacts().stream().map(MissingFact::field).toList();
    }

    /** Reads b only where a is yes. */
    static Envelope<Ans> oneBranch(In<Facts> in) {
        if (!in.is(A, P)) {
            return answered(in, "z", null);
        }
        return answered(in, in.is(B, P) ? "x" : "y", null);
    }

    @Test
    void aFactReadOnlyOnOneBranchIsAskedOnlyWhereThatBranchIsPossible() {
        assertEquals(List.of("a", "b"), asked(run(Facts.none(), EngineTest::oneBranch).envelope()));
        Envelope<Ans> no = run(new Facts(false, null, null, null, null, null, null), EngineTest::oneBranch).envelope();
        assertEquals(Status.ANSWERED, no.status());
        assertEquals("z", no.answer().decision());
        Envelope<Ans> yes = run(new Facts(true, null, null, null, null, null, null), EngineTest::oneBranch).envelope();
        assertEquals(List.of("b"), asked(yes));
        assertEquals("65 ILCS 5/3.1-40-50", yes.missingFacts().get(0).because());
        assertEquals("To answer, I need to know: Is it b?", yes.summary());
    }

    @Test
    void twoFactsWhoseValuesCancelAreNotAskedAndADetailTheyDecideIsLeftBlank() {
        Engine.Explored<Ans> x = run(Facts.none(), in -> {
            boolean a = in.is(A, P);
            boolean b = in.is(B, P);
            // the decision is the same either way; only the detail follows them
            return answered(in, a == b || a != b ? "same" : "never", a ^ b);
        });
        Envelope<Ans> e = x.envelope();
        assertEquals(Status.ANSWERED, e.status());
        assertEquals(new Ans("same", null), e.answer());
        // the rule ran once without either, twice with a alone, four times with both
        assertEquals(7, x.paths());
        assertTrue(e.missingFacts().isEmpty());
        assertTrue(e.reasoning().stream().anyMatch(s -> s.finding().startsWith("The answer does not depend on whether it is a")), e.reasoning()::toString);
        assertTrue(e.reasoning().stream().anyMatch(s -> s.finding().startsWith("The answer does not depend on whether it is b")), e.reasoning()::toString);
        assertEquals("It is same.", e.summary());
    }

    /** Overridden when the yeas reach two-thirds of those holding office, rounded up: holding at most 3 * yeas / 2. */
    static Envelope<Ans> override(In<Facts> in) {
        int yeas = in.the(YEAS, P);
        return answered(in, in.atMost(HOLDING, 3L * yeas / 2, P) ? "overridden" : "stands", null);
    }

    @Test
    void aCountBoundedByTheOtherFactsIsAskedOnlyWhenAValueTheyAllowChangesTheDecision() {
        // 5 of at most 7: two-thirds of 5, 6 or 7 is at most 5
        Engine.Explored<Ans> sure = run(new Facts(null, null, 7, 5, null, null, null), EngineTest::override);
        assertEquals("overridden", sure.envelope().answer().decision());
        assertEquals(1, sure.paths());
        // 4 of at most 7: holding 7 needs 5
        assertEquals(List.of("holding"), asked(run(new Facts(null, null, 7, 4, null, null, null), EngineTest::override).envelope()));
        // 4 with the seats unknown: the schema's 60 bounds it
        assertEquals(List.of("holding"), asked(run(new Facts(null, null, null, 4, null, null, null), EngineTest::override).envelope()));
        assertEquals("stands", run(new Facts(null, null, 7, 4, 7, null, null), EngineTest::override).envelope().answer().decision());
    }

    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 16);

    static Envelope<Ans> timely(In<Facts> in) {
        return answered(in, in.onOrBefore(ON, DEADLINE, P) ? "in time" : "late", null);
    }

    @Test
    void aDateIsSplitAtTheDayTheRuleComparesItWith() {
        assertEquals(List.of("on"), asked(run(Facts.none(), EngineTest::timely).envelope()));
        assertEquals("in time", run(new Facts(null, null, null, null, null, DEADLINE, null), EngineTest::timely).envelope().answer().decision());
        assertEquals("late", run(new Facts(null, null, null, null, null, DEADLINE.plusDays(1), null), EngineTest::timely).envelope().answer().decision());
        // bounded below by the first of 2026: a deadline before it is missed whatever the date
        Engine.Explored<Ans> x = run(Facts.none(), in -> answered(in, in.onOrBefore(ON, LocalDate.of(2025, 12, 31), P) ? "in time" : "late", null));
        assertEquals("late", x.envelope().answer().decision());
        assertEquals(1, x.paths());
    }

    @Test
    void aValueTheRuleUsesAsSuchIsAskedWhereverItIsRead() {
        Function<In<Facts>, Envelope<Ans>> rule = in -> in.is(A, P) ? answered(in, "first " + in.the(MEETINGS, P).get(0), null) : answered(in, "none", null);
        // the meetings matter only once a is known to be yes: a is asked first
        assertEquals(List.of("a"), asked(run(Facts.none(), rule).envelope()));
        assertEquals("none", run(new Facts(false, null, null, null, null, null, null), rule).envelope().answer().decision());
        assertEquals(List.of("meetings"), asked(run(new Facts(true, null, null, null, null, null, null), rule).envelope()));
    }

    @Test
    void aPathThatContradictsTheFactsIsNotAWorld() {
        Function<In<Facts>, Envelope<Ans>> rule = in -> {
            if (in.is(A, P)) {
                throw new InvalidInputException("a", "cannot be true here");
            }
            return answered(in, "not a", null);
        };
        assertEquals("not a", run(Facts.none(), rule).envelope().answer().decision());
        assertThrows(InvalidInputException.class, () -> run(new Facts(true, null, null, null, null, null, null), rule));
    }

    @Test
    void pathsThatAgreeForDifferentReasonsShareOnlyTheClauseTheyOpenWith() {
        Envelope<Ans> e = run(Facts.none(), in -> {
            String why = in.is(A, P) ? "it is a" : "it is not a";
            return in.reasons().found(P, "Refused: " + why + ".").answered(new Ans("refused", null), "It may not take effect: " + why + ".");
        }).envelope();
        assertEquals("refused", e.answer().decision());
        assertEquals("It may not take effect.", e.summary());
    }

    @Test
    void completeFactsTakeTheDirectPath() {
        Engine.Explored<Ans> x = run(new Facts(true, true, null, null, null, null, null), EngineTest::oneBranch);
        assertEquals(1, x.paths());
        assertEquals("x", x.envelope().answer().decision());
        assertTrue(x.envelope().reasoning().stream().noneMatch(s -> s.finding().contains("does not depend")));
    }

    @Test
    void explorationIsBoundedAndThenAsksTheFirstFactRead() {
        List<Fact<Facts, Boolean>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            many.add(Fact.yesNo("f" + i, f -> null, "Is f" + n + "?"));
        }
        Engine.Explored<Ans> x = run(Facts.none(), in -> {
            int yes = 0;
            for (Fact<Facts, Boolean> f : many) {
                yes += in.is(f, P) ? 1 : 0;
            }
            return answered(in, yes == 12 ? "all" : "not all", null);
        });
        assertEquals(Engine.MAX_PATHS, x.paths());
        assertEquals(Status.NEEDS_FACTS, x.envelope().status());
        assertEquals(List.of("f0"), asked(x.envelope()));
        assertNull(x.envelope().answer());
    }
}
