package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 11, point 6: names reach screens without the characters that reorder or hide text. */
class DisplayedNameTest {

    @Test
    void bidiOverridesCannotMakeAnExecutableReadAsAPicture() {
        assertEquals("photogpj.exe", DisplayedName.of("photo\u202Egpj.exe"));
        assertEquals("ab", DisplayedName.of("a\u2066\u2069\u200E\u200F\u061Cb"));
    }

    @Test
    void controlsAndSeparatorsAreDroppedLettersAndEmojiKept() {
        assertEquals("ab", DisplayedName.of("a\u0000\u0007\n\u2028\u2029b"));
        assertEquals("Año nuevo 🎉 注文.pdf", DisplayedName.of("Año nuevo 🎉 注文.pdf"));
    }

    @Test
    void aCustomersNameIsShownTheSameWay() {
        assertEquals("Eve", new Customer("\u202EEve", null, null, null).getName());
    }
}
