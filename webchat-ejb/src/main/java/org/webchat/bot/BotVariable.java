package org.webchat.bot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A variable a bot collected in an interaction, kept once the bot stopped: the start bot's for the agent who takes
 * the chat (issue 15, point 5), the end bot's as the survey's answers.
 */
@Entity
@Table(name = "bot_variable")
public class BotVariable {

    /** Which of the campaign's bots collected it (BOT-02). */
    public enum Phase {
        START,
        END
    }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "interaction_id", nullable = false)
        private long interactionId;

        @Enumerated(EnumType.STRING)
        @Column(name = "phase", nullable = false, length = 5)
        private Phase phase;

        @Column(name = "name", nullable = false, length = 64)
        private String name;

        protected Key() {
        }

        Key(long interactionId, Phase phase, String name) {
            this.interactionId = interactionId;
            this.phase = phase;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.interactionId == interactionId && key.phase == phase
                    && key.name.equals(name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(interactionId, phase, name);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "text_value", length = BotVariables.MAX_VALUE)
    private String value;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    protected BotVariable() {
    }

    public BotVariable(long interactionId, Phase phase, String name, String value, int ordinal) {
        this.key = new Key(interactionId, phase, name);
        this.value = BotVariables.kept(value);
        this.ordinal = ordinal;
    }

    public long getInteractionId() {
        return key.interactionId;
    }

    public Phase getPhase() {
        return key.phase;
    }

    public String getName() {
        return key.name;
    }

    public String getValue() {
        return value;
    }

    public int getOrdinal() {
        return ordinal;
    }
}
