package org.weiyuan.common;

import java.util.EnumMap;
import java.util.Map;

/**
 * A state machine as a table: for each action, the states it is allowed in and the state it leads
 * to. Actions that do not change the state map a state to itself; anything not in the table is an
 * illegal transition (409 naming the current state). The lifecycles of households and wishes are
 * instances of it.
 */
public final class Transitions<A extends Enum<A>, S extends Enum<S>> {

    private final Map<A, Map<S, S>> table;
    private final Class<S> states;

    private Transitions(Class<A> actions, Class<S> states) {
        this.table = new EnumMap<>(actions);
        this.states = states;
    }

    public static <A extends Enum<A>, S extends Enum<S>> Transitions<A, S> of(Class<A> actions, Class<S> states) {
        return new Transitions<>(actions, states);
    }

    /** Declares {@code action} allowed in {@code from}, leading to {@code to}. */
    public Transitions<A, S> allow(A action, S from, S to) {
        table.computeIfAbsent(action, a -> new EnumMap<>(states)).put(from, to);
        return this;
    }

    /** The state after {@code action}, or 409 when the action is not allowed in {@code current}. */
    public S next(S current, A action) {
        S to = table.getOrDefault(action, Map.of()).get(current);
        if (to == null) {
            throw DomainException.illegalTransition(action.name(), current);
        }
        return to;
    }

    public boolean allowed(S current, A action) {
        return table.getOrDefault(action, Map.of()).containsKey(current);
    }
}
