package org.webchat.recordings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.console.Texts;
import org.webchat.recording.OfflineMessages;
import org.webchat.recording.RecordingCriteria;
import org.webchat.recording.RecordingFilter;
import org.webchat.recording.RecordingRow;
import org.webchat.recording.RecordingSearch;
import org.webchat.recording.RecordingSort;
import org.webchat.recording.RecordingTexts;

/**
 * The search of recordings (REC-01): the filter form, and its results in a lazy table that asks the core for the
 * count and one page at a time, sorted on the column the user picked (only the allowed ones). A refused search keeps
 * what was typed, says beside each field what is wrong, and keeps the results of the last accepted one.
 */
@Named("recordings")
@ViewScoped
public class RecordingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient RecordingSearch search;

    @Inject
    transient OfflineMessages offlineMessages;

    private final RecordingFilter filter = new RecordingFilter();
    private RecordingCriteria criteria = RecordingCriteria.all(RecordingCriteria.UTC);
    private Map<String, String> errors = new HashMap<>();
    private List<RecordingSearch.Option> campaigns;
    private List<RecordingSearch.Option> agents;
    private final Results results = new Results();
    /** REC-06: who saw the offline messages of the page shown, and how their mails went, by id. */
    private Map<Long, OfflineMessages.Note> notes = Map.of();

    @PostConstruct
    void init() {
        campaigns = search.campaigns(login());
        agents = search.agents(login());
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    /** Runs the search as the form stands now, from its first page. */
    public void search() {
        errors = new HashMap<>();
        try {
            criteria = filter.criteria();
            // A new search shows its first page, wherever the table was.
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getViewRoot().findComponent("results:table") instanceof DataTable table) {
                table.setFirst(0);
            }
        } catch (FormRefused refused) {
            for (FormCheck.Problem problem : refused.problems()) {
                errors.putIfAbsent(problem.field(), text(problem.key(), problem.args().toArray()));
            }
            String notice = text("recordings.refused", errors.size());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, notice, notice));
        }
    }

    /** The results: one page of rows at a time, and their count. */
    public final class Results extends LazyDataModel<RecordingRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(login(), criteria));
        }

        @Override
        public List<RecordingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            RecordingSort.Order order = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst().map(s -> RecordingSort.Order.of(s.getField(), s.getOrder() == SortOrder.ASCENDING))
                    .orElse(RecordingSort.NEWEST);
            List<RecordingRow> page = search.page(login(), criteria, order, Math.max(0, first),
                    Math.max(1, Math.min(RecordingSearch.MAX_PAGE, pageSize)));
            notes = offlineMessages.notes(login(), page.stream().filter(RecordingRow::offline).map(RecordingRow::id)
                    .toList());
            return page;
        }

        @Override
        public String getRowKey(RecordingRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public RecordingRow getRowData(String rowKey) {
            List<RecordingRow> page = getWrappedData();
            return page == null ? null
                    : page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Results getResults() {
        return results;
    }

    public RecordingFilter getFilter() {
        return filter;
    }

    public List<RecordingSearch.Option> getCampaigns() {
        return campaigns;
    }

    public List<RecordingSearch.Option> getAgents() {
        return agents;
    }

    public RecordingFilter.Choice[] getChoices() {
        return RecordingFilter.Choice.values();
    }

    public int[] getRatings() {
        return new int[] {1, 2, 3, 4, 5};
    }

    /** The last accepted search: what the results show, and what the downloads export. */
    public RecordingCriteria getCriteria() {
        return criteria;
    }

    /** The time zone the results' times are shown in: the one of the last accepted search. */
    public String getZone() {
        return criteria.zone().getId();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** An instant in the search's time zone; empty when there is none. */
    public String time(Instant instant) {
        return RecordingTexts.time(instant, criteria.zone());
    }

    /** A wait or a duration as h:mm:ss (m:ss under an hour); empty when there is none. */
    public String length(Optional<Duration> duration) {
        return RecordingTexts.length(duration);
    }

    /** How the conversation ended, or that it is a message left out of hours (MSG-05); empty while it goes on. */
    public String endReason(RecordingRow row) {
        return new RecordingTexts(FacesContext.getCurrentInstance().getViewRoot().getLocale()).endReason(row);
    }

    /**
     * REC-06: marks the offline message {@code id} seen (or, {@code seen} false, unseen again); the table is drawn
     * again, so under the Seen or Unseen filter it leaves the list. Another group's message is refused.
     */
    public void markSeen(long id, boolean seen) {
        boolean done = offlineMessages.mark(login(), id, seen).isPresent();
        String notice = text(done ? seen ? "recordings.seen.marked" : "recordings.seen.unmarked"
                : "recordings.seen.refused");
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(done ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, notice, notice));
    }

    /** What the seen button of an offline message says to a screen reader: what pressing it does, and to whose. */
    public String seenAction(RecordingRow row) {
        return text(row.seen() ? "recordings.seen.unmark" : "recordings.seen.mark", row.customer());
    }

    /** Who marked the offline message seen and when; empty while unseen. */
    public String seenBy(RecordingRow row) {
        OfflineMessages.Note note = notes.get(row.id());
        return note == null || !note.seen() || note.seenAt() == null ? ""
                : text("recordings.seen.by", note.seenBy() == null ? "?" : note.seenBy(), time(note.seenAt()));
    }

    /** How the offline message's mail went (MSG-05): queued, mailed at, failing and retried, given up; or empty. */
    public String mail(RecordingRow row) {
        OfflineMessages.Note note = notes.get(row.id());
        return note == null || note.mail() == null ? ""
                : text("recordings.mail." + note.mail().name(), time(note.mailedAt()), note.mailAttempts());
    }

    /** The mail server's last refusal of the offline message's mail, for the supervisor; empty when none. */
    public String mailError(RecordingRow row) {
        OfflineMessages.Note note = notes.get(row.id());
        return note == null || note.mailError() == null ? "" : note.mailError();
    }

    private static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, context.getViewRoot().getLocale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }
}
