package org.webchat.agent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.webchat.chat.Frames;
import org.webchat.interaction.AgentDeskService;
import org.webchat.interaction.StoredMessage;
import org.webchat.json.Json;
import org.webchat.widget.JsonReplies;

/**
 * {@code GET /agent/api/interactions/{id}}: a conversation by its address, with its messages, for the agent who
 * attends or attended it; any other conversation is a 403, so that an id guessed or copied from another agent
 * shows nothing (AGT-01, security).
 */
@WebServlet("/agent/api/interactions/*")
public class AgentConversationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentDeskService desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        Optional<User> agent = Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> desk.agent(p.getName()));
        if (agent.isEmpty() || !path.matches("/[1-9][0-9]{0,17}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long interaction = Long.parseLong(path.substring(1));
        Optional<List<StoredMessage>> transcript = desk.transcript(agent.get().getId(), interaction);
        if (transcript.isEmpty()) {
            JsonReplies.send(response, HttpServletResponse.SC_FORBIDDEN, Json.createObjectBuilder()
                    .add("code", "not-yours").add("message", "This conversation is not yours"));
            return;
        }
        var messages = Json.createArrayBuilder();
        transcript.get().forEach(m -> messages.add(Frames.messageJson(m)));
        JsonReplies.send(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                .add("interaction", interaction).add("messages", messages));
    }
}
