package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void codesAreLowerCaseIsoCodes() {
        assertEquals("es", Language.ES.code());
        assertEquals("en", Language.EN.code());
        assertEquals("pt", Language.PT.code());
    }

    @Test
    void aKnownCodeIsFoundWhateverItsCaseOrRegion() {
        assertEquals(Language.EN, Language.fromCode("en"));
        assertEquals(Language.EN, Language.fromCode("EN"));
        assertEquals(Language.PT, Language.fromCode("pt-BR"));
        assertEquals(Language.ES, Language.fromCode(" es_AR "));
    }

    @Test
    void anUnknownOrMissingCodeFallsBackToTheDefaultSpanish() {
        assertEquals(Language.ES, Language.fromCode("fr"));
        assertEquals(Language.ES, Language.fromCode(""));
        assertEquals(Language.ES, Language.fromCode(null));
        assertEquals(Language.ES, Language.fromCode("english"));
    }

    @Test
    void anUnknownCodeFallsBackToTheGivenLanguage() {
        assertEquals(Language.EN, Language.fromCode("de", Language.EN));
        assertEquals(Language.PT, Language.fromCode(null, Language.PT));
    }
}
