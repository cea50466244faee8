package org.webchat.recordings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.console.Texts;
import org.webchat.recording.RecordingCsv;
import org.webchat.recording.RecordingCriteria;
import org.webchat.recording.RecordingExport;
import org.webchat.recording.RecordingExports;
import org.webchat.recording.RecordingSearch;

/**
 * The downloads of a search of Recordings (REC-02): its CSV, streamed as the search reads it, and its PDF, exported by
 * a batch job whose progress the page's socket pushes (exports.js); the supervisor's exports, which it may cancel
 * while they run and download when done, until they expire.
 */
@Named("exports")
@ViewScoped
public class ExportsView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient RecordingExports exports;

    @Inject
    transient RecordingSearch search;

    @Inject
    transient Texts texts;

    @Inject
    RecordingsPage recordings;

    private List<RecordingExport> mine;

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The last accepted search as CSV, one row per conversation, written while it is read. */
    public StreamedContent getCsv() {
        String login = login();
        RecordingCriteria criteria = recordings.getCriteria();
        Locale locale = locale();
        RecordingSearch reader = search;
        return DefaultStreamedContent.builder().name("recordings.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        csv.write('\uFEFF'); // so that spreadsheets read the accents as UTF-8
                        RecordingCsv.write(reader, login, criteria, locale, csv);
                        csv.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** Starts exporting the last accepted search as PDF. */
    public void startPdf() {
        try {
            exports.start(login(), recordings.getCriteria(), locale());
            mine = null;
            notice(FacesMessage.SEVERITY_INFO, texts.format("recordings.export.started"));
        } catch (FormRefused refused) {
            FormCheck.Problem problem = refused.problems().get(0);
            notice(FacesMessage.SEVERITY_ERROR, texts.format(problem.key(), problem.args().toArray()));
        }
    }

    public void cancel(long id) {
        if (exports.cancel(login(), id)) {
            notice(FacesMessage.SEVERITY_INFO, texts.format("recordings.export.cancelled"));
        }
        mine = null;
    }

    /** Read again (the socket said an export is over). */
    public void refresh() {
        mine = null;
    }

    public List<RecordingExport> getMine() {
        if (mine == null) {
            mine = exports.mine(login());
        }
        return mine;
    }

    public String progress(RecordingExport export) {
        return exports.progressText(export);
    }

    public String state(RecordingExport export) {
        return texts.format("recordings.export.state." + export.getState().name());
    }

    public String time(Instant instant) {
        return recordings.time(instant);
    }

    public String fileUrl(RecordingExport export) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/recordings/exports/" + export.getId();
    }

    /** The size of a finished file, in megabytes to one decimal. */
    public String size(RecordingExport export) {
        return export.getSizeBytes() == null ? "" : String.format(locale(), "%.1f MB", export.getSizeBytes() / 1e6);
    }

    private void notice(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
