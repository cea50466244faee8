package org.webchat.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Language;

/** Issue 14, point 4: the line each call leaves in the conversation, in the chat's language. */
class CallLineTest {

    @Test
    void anAnsweredCallSaysItsDuration() {
        assertEquals("Video call · 2:05", CallLine.text(Language.EN, CallKind.VIDEO, CallEnd.HUNG_UP, Duration.ofSeconds(125)));
        assertEquals("Llamada de voz · 1:02:05",
                CallLine.text(Language.ES, CallKind.AUDIO, CallEnd.CHAT_ENDED, Duration.ofSeconds(3725)));
        assertEquals("Chamada de vídeo · 0:00", CallLine.text(Language.PT, CallKind.VIDEO, CallEnd.DISCONNECTED, Duration.ZERO));
    }

    @Test
    void aCallNeverAnsweredSaysWhy() {
        assertEquals("Missed video call", CallLine.text(Language.EN, CallKind.VIDEO, CallEnd.NO_ANSWER, null));
        assertEquals("Videollamada rechazada", CallLine.text(Language.ES, CallKind.VIDEO, CallEnd.DECLINED, null));
        assertEquals("Chamada de voz cancelada", CallLine.text(Language.PT, CallKind.AUDIO, CallEnd.CANCELLED, null));
        assertEquals("Audio call cancelled", CallLine.text(Language.EN, CallKind.AUDIO, CallEnd.DISCONNECTED, null));
    }

    @Test
    void aFailedCallSaysTheConnectionCouldNotBeEstablished() {
        assertEquals("La videollamada falló: no se pudo establecer la conexión",
                CallLine.text(Language.ES, CallKind.VIDEO, CallEnd.FAILED, Duration.ofSeconds(20)));
    }
}
