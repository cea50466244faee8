package org.webchat.agent;

import java.util.List;

/** A form of the administration that was not stored, with what is wrong with it. */
public class FormRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FormCheck.Problem> problems;

    public FormRefused(List<FormCheck.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    /** Refused for one reason. */
    public static FormRefused because(String field, String key, Object... args) {
        return new FormRefused(List.of(FormCheck.Problem.of(field, key, args)));
    }

    public List<FormCheck.Problem> problems() {
        return problems;
    }
}
