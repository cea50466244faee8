package org.webchat.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.webchat.agent.Area;
import org.webchat.agent.Role;

/** What the layout shows of the signed-in user: the menu of its areas, its name (signing out is {@link SignOut}). */
@Named("shell")
@RequestScoped
public class Shell {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getLogin() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.name())).toList();
    }

    /** The areas this user may enter, in menu order. */
    public List<Area> getAreas() {
        return Area.open(getRoles());
    }

    public boolean canEnter(String area) {
        return Area.valueOf(area).allows(getRoles());
    }

    /** Whether the page shown is the home page ({@code HOME}) or one of the area, for the menu's aria-current. */
    public boolean current(String area) {
        String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        return "HOME".equals(area) ? ConsoleSecurity.HOME_PAGE.equals(view) : view.startsWith(Area.valueOf(area).path());
    }
}
