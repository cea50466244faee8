package org.webchat.campaign;

import java.util.Optional;

/**
 * The type of an uploaded image (a campaign's, a bot's) known by its first bytes, so that a renamed file of another
 * kind is refused.
 */
public final class ImageType {

    private ImageType() {
    }

    public static Optional<String> of(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(content, 'R', 'I', 'F', 'F') && content.length > 12
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
