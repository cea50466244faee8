package org.webchat.recording;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pictures of a conversation as its PDF prints them (REC-02, REC-03): PNG, JPEG, GIF (its first frame) and WebP,
 * read at most {@link #MAX_SIDE} pixels a side (a large photo is read subsampled, never whole, so a hostile picture
 * cannot fill the memory) and written again as every PDF reader shows them: photos (JPEG, WebP) as JPEG, drawings and
 * screenshots (PNG, GIF) as PNG, whose lines JPEG would blur. Anything else, or a file that is not the picture it
 * claims to be, is listed by name instead.
 */
public final class ConversationImages {

    /** The pictures shown: in the page, and in the PDF. */
    public static final Set<String> SHOWN = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** Twice the printed width at 72 dpi: sharp on paper, small in the file. */
    static final int MAX_SIDE = 1000;

    /** Pictures larger than this many pixels in all are not read at all (a "decompression bomb"). */
    static final long MAX_PIXELS = 100_000_000L;

    private ConversationImages() {
    }

    /** The picture as JPEG or PNG bytes fit for the PDF; empty when it is not a picture this reads. */
    public static Optional<byte[]> forPrint(String contentType, byte[] content) {
        if (!SHOWN.contains(contentType)) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = reader(contentType, input);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(width, height) + MAX_SIDE - 1) / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage picture = flatten(reader.read(0, param));
                boolean photo = contentType.equals("image/jpeg") || contentType.equals("image/webp");
                ByteArrayOutputStream printable = new ByteArrayOutputStream();
                ImageIO.write(picture, photo ? "jpeg" : "png", printable);
                return Optional.of(printable.toByteArray());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** WebP through TwelveMonkeys' reader, named here: the server's ImageIO registry need not know the plugin. */
    private static ImageReader reader(String contentType, ImageInputStream input) throws IOException {
        if (contentType.equals("image/webp")) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        return readers.hasNext() ? readers.next() : null;
    }

    /** An RGB copy with transparency over white, as on the page; PNG writes it whatever the source's colour model. */
    private static BufferedImage flatten(BufferedImage source) {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
