package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The real-time statistics thresholds of a campaign (ADV-03, section 6), all in seconds but ACD:
 * service level, dropout (a waiting chat counts as abandoned past it), the three chat-time bands
 * that colour an active interaction green, yellow, red and alert on an idle agent (SUP-08, SUP-09),
 * and ACD, the most customers waiting.
 */
@Embeddable
public class Thresholds {

    @Min(1)
    @Max(86400)
    @Column(name = "threshold_service_level_seconds", nullable = false)
    private int serviceLevelSeconds = 20;

    @Min(1)
    @Max(86400)
    @Column(name = "threshold_dropout_seconds", nullable = false)
    private int dropoutSeconds = 60;

    @Min(1)
    @Max(86400)
    @Column(name = "chat_time_band1_seconds", nullable = false)
    private int chatTimeBand1Seconds = 120;

    @Min(1)
    @Max(86400)
    @Column(name = "chat_time_band2_seconds", nullable = false)
    private int chatTimeBand2Seconds = 300;

    @Min(1)
    @Max(86400)
    @Column(name = "chat_time_band3_seconds", nullable = false)
    private int chatTimeBand3Seconds = 600;

    @Min(0)
    @Max(100000)
    @Column(name = "threshold_acd", nullable = false)
    private int acd = 10;

    /** The product's defaults: service level 20 s, dropout 60 s, chat time 120/300/600 s, ACD 10. */
    public Thresholds() {
    }

    public Thresholds(int serviceLevelSeconds, int dropoutSeconds, int chatTimeBand1Seconds,
                      int chatTimeBand2Seconds, int chatTimeBand3Seconds, int acd) {
        this.serviceLevelSeconds = serviceLevelSeconds;
        this.dropoutSeconds = dropoutSeconds;
        this.chatTimeBand1Seconds = chatTimeBand1Seconds;
        this.chatTimeBand2Seconds = chatTimeBand2Seconds;
        this.chatTimeBand3Seconds = chatTimeBand3Seconds;
        this.acd = acd;
        if (!isChatTimeBandsInOrder()) {
            throw new IllegalArgumentException("chat time bands must not decrease: "
                    + chatTimeBand1Seconds + "/" + chatTimeBand2Seconds + "/" + chatTimeBand3Seconds);
        }
    }

    @AssertTrue(message = "the chat time bands must not decrease")
    public boolean isChatTimeBandsInOrder() {
        return chatTimeBand1Seconds <= chatTimeBand2Seconds && chatTimeBand2Seconds <= chatTimeBand3Seconds;
    }

    public int getServiceLevelSeconds() {
        return serviceLevelSeconds;
    }

    public int getDropoutSeconds() {
        return dropoutSeconds;
    }

    public int getChatTimeBand1Seconds() {
        return chatTimeBand1Seconds;
    }

    public int getChatTimeBand2Seconds() {
        return chatTimeBand2Seconds;
    }

    public int getChatTimeBand3Seconds() {
        return chatTimeBand3Seconds;
    }

    public int getAcd() {
        return acd;
    }
}
