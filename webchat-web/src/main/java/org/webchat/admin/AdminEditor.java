package org.webchat.admin;

import static org.webchat.admin.AdminTexts.say;
import static org.webchat.admin.AdminTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.agent.NamedForm;
import org.webchat.agent.Removal;

/**
 * What the administration's pages share (campaigns, users and settings): a list beside the form of the one being
 * edited, new or opened from the list. A refused save keeps every value as typed and puts each problem beside its
 * field in the administrator's language; a removal says what it came to. The notices are the page's texts under
 * its key prefix: {@code .saved}, {@code .refused}, {@code .removed.DELETED} and so on.
 */
public abstract class AdminEditor<F extends NamedForm> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    private final String keys;
    private List<?> items;
    private F form;
    private Map<String, String> errors = new HashMap<>();

    protected AdminEditor(String keys) {
        this.keys = keys;
    }

    @PostConstruct
    void init() {
        reload();
    }

    /** What the list shows. */
    protected abstract List<?> list();

    protected abstract F blank();

    /** The form of one in the list; empty when it is gone (or not the administrator's to see). */
    protected abstract Optional<F> find(long id);

    /** Stores the form and returns the id of what it edits. */
    protected abstract long store(F form) throws FormRefused;

    protected abstract Removal delete(long id);

    protected String login() {
        return security.getCallerPrincipal().getName();
    }

    private void reload() {
        items = list();
    }

    public List<?> getItems() {
        return items;
    }

    public F getForm() {
        return form;
    }

    public boolean isEditing() {
        return form != null;
    }

    /** Starts a new one. */
    public void create() {
        form = blank();
        errors = new HashMap<>();
    }

    public void open(long id) {
        errors = new HashMap<>();
        form = find(id).orElse(null);
        if (form == null) {
            say(FacesMessage.SEVERITY_ERROR, keys + ".removed." + Removal.NOT_FOUND.name());
            reload();
        }
    }

    /** Stores the form; it shows in the list at once (a user moved to another group leaves it). */
    public void save() {
        errors = new HashMap<>();
        try {
            long id = store(form);
            String name = form.getName().trim();
            reload();
            form = find(id).orElse(null);
            say(FacesMessage.SEVERITY_INFO, keys + (form == null ? ".saved.away" : ".saved"), name);
        } catch (FormRefused refused) {
            for (FormCheck.Problem problem : refused.problems()) {
                errors.putIfAbsent(problem.field(), text(problem.key(), problem.args().toArray()));
            }
            say(FacesMessage.SEVERITY_ERROR, keys + ".refused", errors.size());
        }
    }

    /** Deletes the one being edited, or disables it when it has history; what is still in use stays. */
    public void remove() {
        if (form == null || form.isNew()) {
            form = null;
            return;
        }
        long id = form.getId();
        Removal removal = delete(id);
        say(removal.done() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, keys + ".removed." + removal.name(),
                form.getName().trim(), removalDetail(id, removal));
        if (removal == Removal.DISABLED) {
            form = find(id).orElse(null);
        } else if (removal.gone()) {
            form = null;
        }
        errors = new HashMap<>();
        reload();
    }

    /** What the notice of a removal says besides the name ({1}), e.g. what still uses it; empty by default. */
    protected String removalDetail(long id, Removal removal) {
        return "";
    }

    /** Forgets the problems shown, when rows move and their numbers no longer match. */
    protected void forgetProblems() {
        errors = new HashMap<>();
    }

    /** Shows a problem beside a field, or takes it away (null). */
    protected void problem(String field, String text) {
        if (text == null) {
            errors.remove(field);
        } else {
            errors.put(field, text);
        }
    }

    /** The fields with a problem shown now. */
    protected java.util.Set<String> problemFields() {
        return errors.keySet();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The problem of one field of a row, e.g. ("questions", 2, "max"); a row's only field has no name. */
    public String rowError(String list, int index, String field) {
        return errors.get(list + "." + index + (field.isEmpty() ? "" : "." + field));
    }
}
