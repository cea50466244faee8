package org.webchat.recording;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.webchat.interaction.SenderKind;

/**
 * One conversation as Recordings shows it and prints it (REC-03, REC-05): what the search shows of it, the customer's
 * details, every line in order with its time and who wrote it (a bot's under its name, its notes for the agent apart),
 * what a bot collected and the survey's answers (issue 15, point 5), the customer's comment, the agent's quality
 * answers (ADV-02) and the supervisors' grades (REC-04).
 *
 * @param row          what the search shows: times, wait, duration, end reason, rating, grades and their average
 * @param language     the language the customer chatted in (es, en, pt)
 * @param page         the page the customer wrote from, null when unknown
 * @param lines        every message, in order
 * @param agentAnswers the agents' answers to the campaign's quality model (ADV-02)
 * @param grades       the supervisors' grades (REC-04), oldest first
 * @param model        the quality model a supervisor grades it with; null when its campaign has none
 * @param variables    what its bots kept: the start bot's, then the end bot's (the survey's answers), each in the order
 *                     collected
 */
public record Conversation(RecordingRow row, String language, String page, List<Line> lines,
                           List<Grade> agentAnswers, List<Grade> grades, Model model, List<Variable> variables)
        implements Serializable {

    public Conversation {
        lines = List.copyOf(lines);
        variables = List.copyOf(variables);
        agentAnswers = List.copyOf(agentAnswers);
        grades = List.copyOf(grades);
    }

    /**
     * One message: who wrote it (the customer's, an agent's, a supervisor's or a bot's name, the bot's as the customer
     * read it; null for the product's own lines), its text and its file.
     *
     * @param internal never read by the customer: a supervisor's whisper to the agent, or a bot's note for the agent
     *                 (its hand-off's summary or reason)
     */
    public record Line(long seq, Instant at, SenderKind kind, String name, String text, File file, boolean internal)
            implements Serializable {

        public boolean isSystem() {
            return kind == SenderKind.SYSTEM;
        }

        public boolean isWhisper() {
            return internal && kind == SenderKind.SUPERVISOR;
        }

        /** A bot's note for the agent who takes the chat (BOT-01). */
        public boolean isBotNote() {
            return internal && kind == SenderKind.BOT;
        }
    }

    /** A variable a bot collected (BOT-02); {@code survey}: the end bot's, an answer to its survey. */
    public record Variable(boolean survey, String name, String value) implements Serializable {
    }

    /** What the start bot collected, in order. */
    public List<Variable> collected() {
        return variables.stream().filter(v -> !v.survey()).toList();
    }

    /** The end bot's survey answers, in order. */
    public List<Variable> surveyAnswers() {
        return variables.stream().filter(Variable::survey).toList();
    }

    /** A file sent in the conversation: pictures are shown, audio played, the rest downloaded (REC-03). */
    public record File(long id, String kind, String name, String contentType, long size) implements Serializable {

        /** A picture a browser and the PDF show: PNG, JPEG, GIF or WebP. */
        public boolean isImage() {
            return contentType.startsWith("image/") && ConversationImages.SHOWN.contains(contentType);
        }

        public boolean isAudio() {
            return contentType.startsWith("audio/");
        }
    }

    /** One grading of the conversation with the quality model: by its agent (ADV-02) or a supervisor (REC-04). */
    public record Grade(long evaluatorId, String evaluator, Instant at, BigDecimal score, String comment,
                        List<Answer> answers) implements Serializable {

        public Grade {
            answers = List.copyOf(answers);
        }
    }

    /** The answer to one question of the model. */
    public record Answer(long questionId, String question, int weight, int value, int scaleMin, int scaleMax)
            implements Serializable {
    }

    /** The quality model a supervisor answers: its questions in order (REC-04). */
    public record Model(long id, String name, List<Question> questions) implements Serializable {

        public Model {
            questions = List.copyOf(questions);
        }
    }

    /** A question of the model, answered with a whole number from {@code scaleMin} to {@code scaleMax}. */
    public record Question(long id, String text, int weight, int scaleMin, int scaleMax) implements Serializable {
    }

    /** The grade of supervisor {@code userId}, which it edits instead of grading again. */
    public Optional<Grade> gradeBy(long userId) {
        return grades.stream().filter(g -> g.evaluatorId() == userId).findFirst();
    }

    /** The customer's phone, null when it gave none. */
    public String phone() {
        return row.phone();
    }

    /** The customer's comment with its rating, null when none. */
    public String comment() {
        return row.comment();
    }

    /** The supervisors' average, as the search shows it; null when none graded it. */
    public BigDecimal average() {
        return row.average();
    }
}
