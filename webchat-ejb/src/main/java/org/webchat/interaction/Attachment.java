package org.webchat.interaction;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.apache.commons.codec.digest.DigestUtils;
import org.webchat.live.LiveEvent;

/**
 * A file or audio message sent in an interaction (WID-06, AGT-05), stored with its size and
 * SHA-256 (lower-case hex) for integrity checks and de-duplication.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private AttachmentKind kind;

    @NotBlank
    @Size(max = 255)
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Min(0)
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    /** The download address's secret: random, unrelated to the content (issue 11, point 5). */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9_-]{43}")
    @Column(name = "access_key", nullable = false, length = 43, updatable = false)
    private String accessKey;

    @NotNull
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Interaction interaction, AttachmentKind kind, String fileName, String contentType, byte[] content,
                      Instant createdAt) {
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.kind = Objects.requireNonNull(kind, "kind");
        String shown = DisplayedName.of(Objects.requireNonNull(fileName, "fileName")).strip();
        this.fileName = shown.isEmpty() ? "file" : shown;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256Hex(content);
        this.accessKey = newAccessKey();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    static String sha256Hex(byte[] content) {
        return DigestUtils.sha256Hex(content);
    }

    /** 256 random bits, URL-safe: who does not have the message cannot name the file, whatever they know of it. */
    public static String newAccessKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** Whether {@code key} is this file's access key, compared in constant time. */
    public boolean opensWith(String key) {
        return key != null && MessageDigest.isEqual(accessKey.getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    /** What screens show of it; the access key makes its download address. */
    public LiveEvent.Attachment summary() {
        return new LiveEvent.Attachment(id, kind.name().toLowerCase(java.util.Locale.ROOT), DisplayedName.of(fileName),
                contentType, sizeBytes, accessKey);
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    /** The file's name as it may be shown (also of files stored before names were cleaned). */
    public String getFileName() {
        return DisplayedName.of(fileName);
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
