package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WID-06: the files and audio messages a chat takes, and a clear code for the others. */
class AttachmentRulesTest {

    @ParameterizedTest(name = "{0} {1} ({2}, {3} bytes): {4}")
    @CsvSource({
            "FILE,  invoice.pdf,        application/pdf,          1000,     ok",
            "FILE,  Photo.JPG,          image/jpeg,               1000,     ok",
            "FILE,  notes.txt,          text/plain;charset=utf-8, 10,       ok",
            "AUDIO, audio-1.webm,       audio/webm;codecs=opus,   5000,     ok",
            "FILE,  audio-1.webm,       audio/webm,               5000,     bad-type",
            "FILE,  page.html,          text/html,                100,      bad-type",
            "FILE,  invoice.pdf.exe,    application/pdf,          100,      bad-type",
            "FILE,  image.png,          image/jpeg,               100,      bad-type",
            "FILE,  big.pdf,            application/pdf,          10485761, too-big",
            "FILE,  exact.pdf,          application/pdf,          10485760, ok",
            "FILE,  empty.pdf,          application/pdf,          0,        bad-request",
            "FILE,  ../etc/passwd.txt,  text/plain,               10,       bad-request"})
    void uploadsAreCheckedBeforeTheyAreStored(AttachmentKind kind, String name, String type, long size, String expected) {
        assertEquals(expected, AttachmentRules.check(kind, name, type, size).map(AttachmentRules.Refusal::code).orElse("ok"));
    }

    @ParameterizedTest(name = "{0} is offered to the widget")
    @CsvSource({"application/pdf", "image/png", "text/plain"})
    void theWidgetIsToldTheTypes(String type) {
        assertTrue(AttachmentRules.fileTypes().contains(type));
        assertTrue(AttachmentRules.fileExtensions().contains(".pdf"));
    }
}
