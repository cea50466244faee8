package org.webchat.admin;

import static org.webchat.admin.AdminTexts.say;
import static org.webchat.admin.AdminTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.bot.AnswerCheck;
import org.webchat.bot.BotAdministration;
import org.webchat.bot.BotForm;
import org.webchat.bot.BotKind;
import org.webchat.bot.BotStep;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.Language;

/**
 * The Bots page of the administration (BOT-01, BOT-02): the list of the administrator's security group's bots (ADM-02)
 * beside the form of the one being edited, a new one made in that group. A
 * flow bot's steps are rows added by type, removed, moved up and down (buttons, so the keyboard does it too) and
 * edited field by field; a jump is chosen among the other steps. A refused flow says why on the step it is about, in
 * the administrator's language. An endpoint bot shows its URL and makes its API token, shown once.
 */
@Named("botEditor")
@ViewScoped
public class BotEditor extends AdminEditor<BotForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BotAdministration bots;

    @Inject
    transient CampaignService campaigns;

    /** A token just made, shown until the administrator opens another bot: it is never shown again. */
    private String token;
    private List<SelectItem> campaignItems;
    private List<SelectItem> agentItems;

    public BotEditor() {
        super("admin.bots");
    }

    @Override
    protected List<?> list() {
        return bots.bots(login());
    }

    @Override
    protected BotForm blank() {
        return BotForm.blank();
    }

    @Override
    protected Optional<BotForm> find(long id) {
        return bots.open(login(), id);
    }

    @Override
    protected long store(BotForm form) throws FormRefused {
        return bots.save(login(), form);
    }

    @Override
    protected Removal delete(long id) {
        return bots.remove(login(), id);
    }

    /** A bot that campaigns run is not deleted: the notice names them. */
    @Override
    protected String removalDetail(long id, Removal removal) {
        return removal == Removal.IN_USE ? String.join(", ", bots.campaignsUsing(login(), id)) : "";
    }

    @Override
    public void create() {
        token = null;
        super.create();
    }

    @Override
    public void open(long id) {
        token = null;
        super.open(id);
    }

    // ---- the steps ----

    public void addStep(String type) {
        getForm().addStep(type);
    }

    public void removeStep(int index) {
        getForm().removeStep(index);
        forgetProblems(); // step numbers changed
    }

    public void moveUp(int index) {
        if (getForm().moveStep(index, -1)) {
            forgetProblems();
        }
    }

    public void moveDown(int index) {
        if (getForm().moveStep(index, 1)) {
            forgetProblems();
        }
    }

    public void addOption(int step) {
        getForm().getSteps().get(step).addOption();
    }

    public void removeOption(int step, int option) {
        getForm().getSteps().get(step).removeOption(option);
    }

    public void addCase(int step) {
        getForm().getSteps().get(step).addCase();
    }

    public void removeCase(int step, int index) {
        getForm().getSteps().get(step).removeCase(index);
    }

    /**
     * The steps a jump of step {@code index} may name: the others, by number and id. A jump to a step that is gone is
     * offered as it is, marked missing, so that saving says so instead of the jump changing unseen.
     */
    public List<SelectItem> targets(int index, String current) {
        List<SelectItem> items = new ArrayList<>();
        List<BotForm.StepRow> steps = getForm().getSteps();
        for (int i = 0; i < steps.size(); i++) {
            if (i != index) {
                BotForm.StepRow row = steps.get(i);
                items.add(new SelectItem(row.getId(), text("admin.bots.step.target", i + 1, row.getId(),
                        text("admin.bots.type." + row.getType()))));
            }
        }
        return withCurrent(items, current);
    }

    /** The campaigns of the administrator's group a transfer may name. */
    public List<SelectItem> campaignChoices(String current) {
        if (campaignItems == null) {
            campaignItems = campaigns.visibleTo(login()).stream().map(c -> new SelectItem(String.valueOf(c.id()), c.name())).toList();
        }
        return withCurrent(new ArrayList<>(campaignItems), current);
    }

    /** The agents of the administrator's group a transfer may name. */
    public List<SelectItem> agentChoices(String current) {
        if (agentItems == null) {
            agentItems = bots.agents(login()).stream().map(u -> new SelectItem(String.valueOf(u.getId()), u.getName())).toList();
        }
        return withCurrent(new ArrayList<>(agentItems), current);
    }

    private static List<SelectItem> withCurrent(List<SelectItem> items, String current) {
        if (current != null && !current.isBlank() && items.stream().noneMatch(i -> current.equals(i.getValue()))) {
            items.add(new SelectItem(current, text("admin.bots.step.missing", current)));
        }
        return items;
    }

    /** What is wrong with a step as a whole (the flow's checks), or null. */
    public String stepError(int index) {
        return error("steps." + index);
    }

    public List<String> getStepTypes() {
        return BotForm.STEP_TYPES;
    }

    public List<String> getKinds() {
        return Arrays.stream(BotKind.values()).map(BotKind::name).toList();
    }

    public List<String> getChecks() {
        return Arrays.stream(AnswerCheck.values()).map(AnswerCheck::name).toList();
    }

    public List<String> getTests() {
        return Arrays.stream(BotStep.Test.values()).map(BotStep.Test::name).toList();
    }

    public List<String> getLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }

    // ---- an endpoint bot's token ----

    /** "Make a new token": shown once; the one before stops working. */
    public void newToken() {
        BotForm form = getForm();
        if (form == null || form.isNew()) {
            return;
        }
        token = bots.newToken(login(), form.getId()).orElse(null);
        if (token != null) {
            say(FacesMessage.SEVERITY_INFO, "admin.bots.token.made");
        }
    }

    public String getToken() {
        return token;
    }

    // ---- the picture ----

    /** The picture beside the bot's messages: checked and stored at once, by the rules of a campaign's image. */
    public void uploadPicture(FileUploadEvent event) {
        problem("picture", null);
        BotForm form = getForm();
        if (form == null || form.isNew()) {
            return;
        }
        UploadedFile file = event.getFile();
        Optional<String> refused = file.getSize() > CampaignAdministration.MAX_IMAGE_BYTES
                ? Optional.of("admin.error.imageSize") : bots.setPicture(login(), form.getId(), file.getContent());
        if (refused.isPresent()) {
            problem("picture", text(refused.get(), CampaignAdministration.MAX_IMAGE_BYTES / 1024));
        } else {
            say(FacesMessage.SEVERITY_INFO, "admin.bots.picture.saved");
        }
    }

    public void removePicture() {
        bots.removePicture(login(), getForm().getId());
    }

    /** The bot's picture as a data address for its preview; null when it has none. */
    public String getPicture() {
        BotForm form = getForm();
        if (form == null || form.isNew()) {
            return null;
        }
        return bots.picture(login(), form.getId()).map(p -> "data:" + p.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(p.content())).orElse(null);
    }
}
