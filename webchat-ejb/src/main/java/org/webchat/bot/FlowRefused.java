package org.webchat.bot;

/**
 * A bot flow that cannot run, and why: a {@code code} the editor words in the administrator's language, the step it
 * is about (null: the flow as a whole), and a detail (a name, a limit) to put in the words.
 */
public class FlowRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String stepId;
    private final String detail;

    public FlowRefused(String code, String stepId, String detail) {
        super(code + (stepId == null ? "" : " at step " + stepId) + (detail == null ? "" : ": " + detail));
        this.code = code;
        this.stepId = stepId;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String stepId() {
        return stepId;
    }

    public String detail() {
        return detail;
    }
}
