package org.webchat.quality;

/** One row of the administration's list of quality models. */
public record QualityModelSummary(long id, String name, int questions, boolean enabled) {

    static QualityModelSummary of(QualityModel model) {
        return new QualityModelSummary(model.getId(), model.getName(), model.getQuestions().size(), model.isEnabled());
    }
}
