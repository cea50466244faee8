package org.webchat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.Interaction;

class EvaluationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final QualityModel model = new QualityModel("Basic", null);
    private final QualityQuestion polite = model.addQuestion("Polite?", 2, 0, 10);
    private final QualityQuestion solved = model.addQuestion("Solved?", 1, 1, 5);
    private final Evaluation evaluation = new Evaluation(
            Interaction.queued(new Campaign("Sales", null), new Customer("Bob", null, null, null), Language.ES, null, NOW),
            model, new User("sup", "Sup", "hash", Set.of(Role.SUPERVISOR)), EvaluationKind.SUPERVISOR, NOW);

    @Test
    void theScoreIsTheWeightedPositionOfTheAnswersOnTheirScales() {
        evaluation.answer(polite, 10);
        evaluation.answer(solved, 1);

        assertEquals(new BigDecimal("66.67"), evaluation.getScore());
    }

    @Test
    void answeringAgainReplacesTheAnswer() {
        evaluation.answer(solved, 1);
        evaluation.answer(solved, 5);

        assertEquals(1, evaluation.getAnswers().size());
        assertEquals(new BigDecimal("100.00"), evaluation.getScore());
    }

    @Test
    void anAnswerOutsideTheQuestionsScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> evaluation.answer(solved, 0));
    }
}
