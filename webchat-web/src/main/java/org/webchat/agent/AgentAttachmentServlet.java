package org.webchat.agent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.webchat.interaction.AgentDeskService;
import org.webchat.interaction.StoredMessage;
import org.webchat.widget.Uploads;

/**
 * {@code POST /agent/api/attachments} (AGT-05): the signed-in agent sends a file or an audio message into one
 * of its chats ({@code X-Webchat-Interaction}); an interaction that is not the agent's gets 403. The area's
 * security constraint (web.xml, /agent/*) admits agents only.
 */
@WebServlet("/agent/api/attachments")
public class AgentAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentDeskService desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String interaction = request.getHeader("X-Webchat-Interaction");
        Optional<User> agent = Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> desk.agent(p.getName()));
        if (agent.isEmpty() || interaction == null || !interaction.matches("[1-9][0-9]{0,17}")) {
            Uploads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", "Name the chat (X-Webchat-Interaction)");
            return;
        }
        Optional<Uploads.Received> upload = Uploads.receive(request, response);
        if (upload.isEmpty()) {
            return;
        }
        try {
            StoredMessage stored = desk.attach(agent.get().getId(), Long.parseLong(interaction), upload.get().clientId(),
                    upload.get().upload());
            Uploads.stored(response, upload.get().clientId(), stored);
        } catch (AgentDeskService.NotYours notYours) {
            Uploads.refuse(response, HttpServletResponse.SC_FORBIDDEN, "not-yours", notYours.getMessage());
        }
    }
}
