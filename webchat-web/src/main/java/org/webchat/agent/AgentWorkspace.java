package org.webchat.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import org.webchat.console.LanguageSwitch;
import org.webchat.console.Texts;
import org.webchat.interaction.AgentDeskService;
import org.webchat.json.Json;

/**
 * What the agent workspace's script needs from the page (AGT-01..09): its texts in the agent's language,
 * from the same bundles as every console, and who the agent is. Everything else travels on the agent socket.
 */
@Named("workspace")
@RequestScoped
public class AgentWorkspace {

    private static final String PREFIX = "workspace.";

    @Inject
    LanguageSwitch language;

    @Inject
    AgentDeskService desk;

    /** Every {@code workspace.*} text of the bundle, as a JSON object; "<" escaped for a script element. */
    public String getTextsJson() {
        return Texts.jsonOf(PREFIX, language.getLocale());
    }

    /** The signed-in agent and its language. */
    public String getConfigJson() {
        String login = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        JsonObjectBuilder config = Json.createObjectBuilder().add("language", language.getCode()).add("sounds", true);
        desk.agent(login).ifPresent(agent -> config.add("agentId", agent.getId()).add("agentName", agent.getName()));
        return Texts.scriptSafe(config.build().toString());
    }
}
