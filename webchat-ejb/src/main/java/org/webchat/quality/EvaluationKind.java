package org.webchat.quality;

/** Who evaluated an interaction. */
public enum EvaluationKind {
    /** The agent answered the campaign's model after the interaction (ADV-02, AGT-07). */
    AGENT,
    /** A supervisor graded the conversation in Recordings (REC-04). */
    SUPERVISOR
}
