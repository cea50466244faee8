package org.webchat.admin;

import static org.webchat.admin.AdminTexts.say;
import static org.webchat.admin.AdminTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.bot.Bot;
import org.webchat.bot.BotAdministration;
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
public class CampaignEditor extends AdminEditor<CampaignForm> {

    private static final long serialVersionUID = 1L;

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient CampaignAdministration administration;

    @Inject
    transient BotAdministration botAdministration;

    private transient List<Bot> bots; // entities: read again after the view is restored elsewhere

    private int imageVersion;

    /** An image chosen before the campaign's first save, stored by that save (issue 11, point 22). */
    private byte[] pendingImage;
    private String pendingImageName;

    public CampaignEditor() {
        super("admin");
    }

    @Override
    protected List<CampaignSummary> list() {
        return campaigns.visibleTo(login());
    }

    /** A new campaign with every default. */
    @Override
    protected CampaignForm blank() {
        return CampaignForm.blank();
    }

    @Override
    protected Optional<CampaignForm> find(long id) {
        return administration.open(login(), id);
    }

    /**
     * ADM-07: the campaign shows in the list at once, and a running one applies it to its next customer. An image
     * chosen before the first save is stored with it, or refused beside its field.
     */
    @Override
    protected long store(CampaignForm form) throws FormRefused {
        long id = administration.save(login(), form);
        if (pendingImage != null) {
            byte[] image = pendingImage;
            forgetPendingImage();
            administration.setImage(login(), id, image)
                    .ifPresent(refused -> problem("image", text(refused, CampaignAdministration.MAX_IMAGE_BYTES / 1024)));
            imageVersion++;
        }
        return id;
    }

    @Override
    public void create() {
        bots = null;
        forgetPendingImage();
        super.create();
    }

    private void forgetPendingImage() {
        pendingImage = null;
        pendingImageName = null;
    }

    /** Deletes the campaign, or archives it when it has history. */
    @Override
    protected Removal delete(long id) {
        return administration.remove(login(), id);
    }

    public void addSchedule() {
        getForm().getSchedule().add(new CampaignForm.ScheduleRow());
    }

    public void removeSchedule(int index) {
        getForm().getSchedule().remove(index);
        forgetProblems(); // row numbers changed
    }

    public void addException() {
        getForm().getExceptions().add(new CampaignForm.ExceptionRow());
    }

    public void removeException(int index) {
        getForm().getExceptions().remove(index);
        forgetProblems();
    }

    public void addDomain() {
        getForm().getDomains().add(new CampaignForm.DomainRow());
    }

    public void removeDomain(int index) {
        getForm().getDomains().remove(index);
        forgetProblems();
    }

    public void addCanned() {
        getForm().getCanned().add(new CampaignForm.CannedRow());
    }

    public void removeCanned(int index) {
        getForm().getCanned().remove(index);
        forgetProblems();
    }

    /**
     * ADV-13: the uploaded image is checked and stored at once; a campaign not saved yet keeps it until its first
     * save (issue 11, point 22).
     */
    public void uploadImage(FileUploadEvent event) {
        problem("image", null);
        CampaignForm form = getForm();
        if (form == null) {
            return;
        }
        UploadedFile file = event.getFile();
        if (form.isNew() && file.getSize() <= CampaignAdministration.MAX_IMAGE_BYTES) {
            pendingImage = file.getContent();
            pendingImageName = file.getFileName(); // said beside the field until the save
            return;
        }
        Optional<String> refused = file.getSize() > CampaignAdministration.MAX_IMAGE_BYTES
                ? Optional.of("admin.error.imageSize") : administration.setImage(login(), form.getId(), file.getContent());
        if (refused.isPresent()) {
            problem("image", text(refused.get(), CampaignAdministration.MAX_IMAGE_BYTES / 1024));
        } else {
            imageVersion++;
            say(FacesMessage.SEVERITY_INFO, "admin.image.saved");
        }
    }

    public void removeImage() {
        administration.removeImage(login(), getForm().getId());
        imageVersion++;
    }

    public boolean isImage() {
        CampaignForm form = getForm();
        return form != null && !form.isNew() && administration.hasImage(login(), form.getId());
    }

    /** The name of the image chosen for a campaign not saved yet; null when none. */
    public String getPendingImageName() {
        return pendingImageName;
    }

    /**
     * Whether the saved campaign being edited has no member: no agent attends its customers (issue 11, point 22).
     */
    public boolean isWithoutMembers() {
        CampaignForm form = getForm();
        return form != null && !form.isNew() && getItems().stream()
                .anyMatch(item -> item instanceof CampaignSummary summary && form.getId().equals(summary.id()) && summary.members() == 0);
    }

    /** Changes with each upload, so that the preview is fetched again. */
    public int getImageVersion() {
        return imageVersion;
    }

    /** ADM-08: the embed code of the campaign being edited, for this server as the administrator reaches it. */
    public String getSnippet() {
        CampaignForm form = getForm();
        if (form == null || form.isNew()) {
            return "";
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return Snippet.of(CampaignWidgetServlet.ownOrigin(request), form.getId());
    }

    /**
     * The tab a field of the form is on: basic (also the schedule and its exceptions), messages (also the offline
     * message and the canned responses), advanced or widget.
     */
    static String tabOf(String field) {
        String name = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        if (field.startsWith("messages." + MessageKind.PHONE_LABEL.name() + ".")) {
            return "widget"; // the extra field's label per language, beside its other settings
        }
        if (List.of("messages", "offlineMessageEnabled", "offlineEmail", "canned").contains(name)) {
            return "messages";
        }
        if (ADVANCED.contains(name)) {
            return "advanced";
        }
        if (WIDGET.contains(name)) {
            return "widget";
        }
        return "basic";
    }

    /** ADV-01, ADV-04, ADV-05, ADV-07 and the transfer and ringall times, in seconds or counts. */
    private static final List<String> LIMIT_FIELDS = List.of("maxInteractionsPerAgent", "maxChats", "maxTime",
            "autoFinish", "maxTransfer", "offerTimeout");

    /** ADV-03. */
    private static final List<String> THRESHOLD_FIELDS = List.of("thresholdServiceLevel", "thresholdDropout",
            "chatTimeBand1", "chatTimeBand2", "chatTimeBand3", "thresholdAcd");

    /** ADV-08, ADV-10, ADV-11, ADV-12. */
    private static final List<String> WIDGET_FLAGS = List.of("showAgentName", "feedbackEnabled", "emailRequired",
            "audioVideoAllowed");

    private static final List<String> ADVANCED = Stream.of(LIMIT_FIELDS, THRESHOLD_FIELDS,
                    List.of("qualityModel", "startBot", "endBot", "botPersonAllowed"))
            .flatMap(List::stream).toList();

    private static final List<String> WIDGET = Stream.of(WIDGET_FLAGS,
            List.of("color", "image", "phoneVisible", "phoneRequired", "domains")).flatMap(List::stream).toList();

    /** How many problems of a refused save a tab holds (issue 11, point 22): its title says so. */
    public long tabProblems(String tab) {
        return problemFields().stream().filter(field -> tabOf(field).equals(tab)).count();
    }

    /** A tab's title, with how many of its fields need fixing after a refused save. */
    public String tabTitle(String tab) {
        String title = text("admin.tab." + tab);
        long problems = tabProblems(tab);
        return problems == 0 ? title : text("admin.tab.problems", title, problems);
    }

    public List<String> getLimitFields() {
        return LIMIT_FIELDS;
    }

    public List<String> getThresholdFields() {
        return THRESHOLD_FIELDS;
    }

    public List<String> getWidgetFlags() {
        return WIDGET_FLAGS;
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
        return Arrays.stream(MessageKind.values()).filter(MessageKind::isMessage).map(MessageKind::name).toList();
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public List<QualityModel> getQualityModels() {
        return administration.qualityModels(login(), getForm() == null ? null : getForm().getValues().get("qualityModel"));
    }

    /** BOT-02: the bots a campaign may run, its group's enabled ones and its own (ADM-02; read once a view). */
    public List<Bot> getBots() {
        if (bots == null) {
            CampaignForm form = getForm();
            List<Long> own = form == null ? List.of() : Stream.of(form.getValues().get("startBot"), form.getValues().get("endBot"))
                    .filter(id -> id != null && id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
            bots = botAdministration.choices(login(), own);
        }
        return bots;
    }

    @Override
    public void open(long id) {
        bots = null;
        forgetPendingImage();
        super.open(id);
    }
}
