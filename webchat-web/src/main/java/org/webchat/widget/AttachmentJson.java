package org.webchat.widget;

import jakarta.json.JsonObjectBuilder;
import org.webchat.json.Json;
import org.webchat.live.LiveEvent;

/** A file or audio message as the widget and the workspace receive it, with the address it downloads from. */
public final class AttachmentJson {

    private AttachmentJson() {
    }

    public static JsonObjectBuilder of(LiveEvent.Attachment attachment) {
        return Json.createObjectBuilder().add("id", attachment.id()).add("name", attachment.name())
                .add("type", attachment.contentType()).add("size", attachment.size()).add("kind", attachment.kind())
                .add("url", "/widget/api/attachments/" + attachment.id() + "/" + attachment.key());
    }
}
