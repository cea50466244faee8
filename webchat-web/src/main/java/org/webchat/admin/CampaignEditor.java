package org.webchat.admin;

import static org.webchat.admin.AdminTexts.say;
import static org.webchat.admin.AdminTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.CampaignForm;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.CampaignSummary;
import org.webchat.campaign.DeliveryOrder;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.campaign.Strategy;
import org.webchat.quality.QualityModel;
import org.webchat.widget.CampaignWidgetServlet;
import org.webchat.widget.Snippet;

/**
 * The campaigns page of the administration (ADM-01..07): the list of the administrator's security group beside
 * the form of the campaign being edited. A refused save keeps every value as typed and puts each problem beside
 * its field, in the administrator's language.
 */
@Named("campaignEditor")
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    transient SecurityContext security;

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient CampaignAdministration administration;

    private List<CampaignSummary> list;
    private CampaignForm form;
    private Map<String, String> errors = new HashMap<>();
    private int imageVersion;

    @PostConstruct
    void init() {
        reload();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    private void reload() {
        list = campaigns.visibleTo(login());
    }

    public List<CampaignSummary> getCampaigns() {
        return list;
    }

    public CampaignForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return form != null;
    }

    /** Starts a new campaign with every default. */
    public void create() {
        form = CampaignForm.blank();
        errors = new HashMap<>();
    }

    public void open(long id) {
        errors = new HashMap<>();
        form = administration.open(login(), id).orElse(null);
        if (form == null) {
            say(FacesMessage.SEVERITY_ERROR, "admin.error.gone");
            reload();
        }
    }

    /** ADM-07: stores the campaign; it shows in the list at once. */
    public void save() {
        errors = new HashMap<>();
        try {
            long id = administration.save(login(), form);
            reload();
            form = administration.open(login(), id).orElse(form);
            say(FacesMessage.SEVERITY_INFO, "admin.saved", form.getValues().get("name"));
        } catch (FormRefused refused) {
            for (FormCheck.Problem problem : refused.problems()) {
                errors.putIfAbsent(problem.field(), text(problem.key(), problem.args().toArray()));
            }
            say(FacesMessage.SEVERITY_ERROR, "admin.refused", errors.size());
        }
    }

    /** Deletes the campaign, or archives it when it has history. */
    public void remove() {
        if (form == null || form.isNew()) {
            form = null;
            return;
        }
        String name = form.getValues().get("name");
        CampaignAdministration.Removal removal = administration.remove(login(), form.getId());
        say(removal == CampaignAdministration.Removal.NOT_FOUND ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO,
                "admin.removed." + removal.name(), name);
        form = null;
        errors = new HashMap<>();
        reload();
    }

    public void addSchedule() {
        form.getSchedule().add(new CampaignForm.ScheduleRow());
    }

    public void removeSchedule(int index) {
        form.getSchedule().remove(index);
        errors = new HashMap<>(); // row numbers changed
    }

    public void addException() {
        form.getExceptions().add(new CampaignForm.ExceptionRow());
    }

    public void removeException(int index) {
        form.getExceptions().remove(index);
        errors = new HashMap<>();
    }

    public void addDomain() {
        form.getDomains().add(new CampaignForm.DomainRow());
    }

    public void removeDomain(int index) {
        form.getDomains().remove(index);
        errors = new HashMap<>();
    }

    public void addCanned() {
        form.getCanned().add(new CampaignForm.CannedRow());
    }

    public void removeCanned(int index) {
        form.getCanned().remove(index);
        errors = new HashMap<>();
    }

    /** ADV-13: the uploaded image is checked and stored at once (the campaign must be saved first). */
    public void uploadImage(FileUploadEvent event) {
        errors.remove("image");
        if (form == null || form.isNew()) {
            return;
        }
        UploadedFile file = event.getFile();
        Optional<String> refused = file.getSize() > CampaignAdministration.MAX_IMAGE_BYTES
                ? Optional.of("admin.error.imageSize") : administration.setImage(login(), form.getId(), file.getContent());
        if (refused.isPresent()) {
            errors.put("image", text(refused.get(), CampaignAdministration.MAX_IMAGE_BYTES / 1024));
        } else {
            imageVersion++;
            say(FacesMessage.SEVERITY_INFO, "admin.image.saved");
        }
    }

    public void removeImage() {
        administration.removeImage(login(), form.getId());
        imageVersion++;
    }

    public boolean isImage() {
        return form != null && !form.isNew() && administration.hasImage(login(), form.getId());
    }

    /** Changes with each upload, so that the preview is fetched again. */
    public int getImageVersion() {
        return imageVersion;
    }

    /** ADM-08: the embed code of the campaign being edited, for this server as the administrator reaches it. */
    public String getSnippet() {
        if (form == null || form.isNew()) {
            return "";
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return Snippet.of(CampaignWidgetServlet.ownOrigin(request), form.getId());
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The problem of one field of a row, e.g. ("schedule", 2, "to"); a row's only field has no name. */
    public String rowError(String list, int index, String field) {
        return errors.get(list + "." + index + (field.isEmpty() ? "" : "." + field));
    }

    /** ADV-01, ADV-04, ADV-05, ADV-07 and the transfer and ringall times, in seconds or counts. */
    public List<String> getLimitFields() {
        return List.of("maxInteractionsPerAgent", "maxChats", "maxTime", "autoFinish", "maxTransfer", "offerTimeout");
    }

    /** ADV-03. */
    public List<String> getThresholdFields() {
        return List.of("thresholdServiceLevel", "thresholdDropout", "chatTimeBand1", "chatTimeBand2", "chatTimeBand3",
                "thresholdAcd");
    }

    /** ADV-08, ADV-10, ADV-11, ADV-12. */
    public List<String> getWidgetFlags() {
        return List.of("showAgentName", "feedbackEnabled", "emailRequired", "audioVideoAllowed");
    }

    public List<String> getStrategies() {
        return Arrays.stream(Strategy.values()).map(Strategy::code).toList();
    }

    public List<String> getDeliveryOrders() {
        return Arrays.stream(DeliveryOrder.values()).map(DeliveryOrder::code).toList();
    }

    public List<String> getLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }

    public List<String> getMessageKinds() {
        return Arrays.stream(MessageKind.values()).map(MessageKind::name).toList();
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public List<QualityModel> getQualityModels() {
        return administration.qualityModels(form == null ? null : form.getValues().get("qualityModel"));
    }
}
