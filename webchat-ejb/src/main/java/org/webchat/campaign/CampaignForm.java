package org.webchat.campaign;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.webchat.agent.NamedForm;

/**
 * A campaign as the administration console edits it (ADM-03..07, MSG-01..07, ADV-01..16): every value kept as
 * the administrator typed it, so that a refused form comes back as it was sent, with each problem beside its
 * field ({@link CampaignCheck}). Single values are in {@link #getValues()} and {@link #getFlags()} by the names
 * of {@link #VALUES} and {@link #FLAGS}; the lists (schedule, date exceptions, allowed domains, canned
 * responses) are rows. The campaign image is set apart, on its own upload.
 */
public class CampaignForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The names of the single values, as their fields are named in errors too. */
    public static final List<String> VALUES = List.of("name", "strategy", "deliveryOrder", "serviceLevel", "timeZone",
            "defaultLanguage", "maxInteractionsPerAgent", "maxChats", "maxTime", "autoFinish", "maxTransfer",
            "offerTimeout", "color", "offlineEmail", "qualityModel", "thresholdServiceLevel",
            "thresholdDropout", "chatTimeBand1", "chatTimeBand2", "chatTimeBand3", "thresholdAcd", "startBot", "endBot");

    /** The names of the yes/no settings. */
    public static final List<String> FLAGS = List.of("enabled", "showAgentName", "feedbackEnabled", "emailRequired",
            "audioVideoAllowed", "phoneVisible", "phoneRequired", "offlineMessageEnabled", "botPersonAllowed");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    /** MSG texts by "KIND.language", e.g. "WELCOME.es". */
    private final Map<String, String> messages = new HashMap<>();
    private final List<ScheduleRow> schedule = new ArrayList<>();
    private final List<ExceptionRow> exceptions = new ArrayList<>();
    private final List<DomainRow> domains = new ArrayList<>();
    private final List<CannedRow> canned = new ArrayList<>();

    /** A new campaign's form: every value at the product's default, open Monday to Friday 09:00 to 18:00. */
    public static CampaignForm blank() {
        CampaignForm form = of(new Campaign());
        form.values.put("name", "");
        form.schedule.add(new ScheduleRow(new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")),
                "09:00", "18:00"));
        return form;
    }

    /** The form of a stored campaign. */
    public static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm(campaign.getId());
        Map<String, String> v = form.values;
        v.put("name", campaign.getName());
        v.put("strategy", campaign.getStrategy().code());
        v.put("deliveryOrder", campaign.getDeliveryOrder().code());
        v.put("serviceLevel", String.valueOf(campaign.getServiceLevelSeconds()));
        v.put("timeZone", campaign.getTimeZone());
        v.put("defaultLanguage", campaign.getDefaultLanguage().code());
        v.put("maxInteractionsPerAgent", String.valueOf(campaign.getMaxInteractionsPerAgent()));
        v.put("maxChats", String.valueOf(campaign.getMaxChats()));
        v.put("maxTime", String.valueOf(campaign.getMaxTimeSeconds()));
        v.put("autoFinish", String.valueOf(campaign.getAutoFinishSeconds()));
        v.put("maxTransfer", String.valueOf(campaign.getMaxTransferSeconds()));
        v.put("offerTimeout", String.valueOf(campaign.getOfferTimeoutSeconds()));
        v.put("color", campaign.getColor());
        v.put("offlineEmail", campaign.getOfflineEmail().orElse(""));
        v.put("qualityModel", campaign.getQualityModel() == null ? "" : String.valueOf(campaign.getQualityModel().getId()));
        v.put("startBot", campaign.getStartBot() == null ? "" : String.valueOf(campaign.getStartBot().getId()));
        v.put("endBot", campaign.getEndBot() == null ? "" : String.valueOf(campaign.getEndBot().getId()));
        Thresholds t = campaign.getThresholds();
        v.put("thresholdServiceLevel", String.valueOf(t.getServiceLevelSeconds()));
        v.put("thresholdDropout", String.valueOf(t.getDropoutSeconds()));
        v.put("chatTimeBand1", String.valueOf(t.getChatTimeBand1Seconds()));
        v.put("chatTimeBand2", String.valueOf(t.getChatTimeBand2Seconds()));
        v.put("chatTimeBand3", String.valueOf(t.getChatTimeBand3Seconds()));
        v.put("thresholdAcd", String.valueOf(t.getAcd()));
        Map<String, Boolean> f = form.flags;
        f.put("enabled", campaign.isEnabled());
        f.put("showAgentName", campaign.isShowAgentName());
        f.put("feedbackEnabled", campaign.isFeedbackEnabled());
        f.put("emailRequired", campaign.isEmailRequired());
        f.put("audioVideoAllowed", campaign.isAudioVideoAllowed());
        f.put("phoneVisible", campaign.getPhoneField().isVisible());
        f.put("phoneRequired", campaign.getPhoneField().isRequired());
        f.put("offlineMessageEnabled", campaign.isOfflineMessageEnabled());
        f.put("botPersonAllowed", campaign.isBotPersonAllowed());
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                form.messages.put(messageKey(kind, language), campaign.messageWrittenIn(kind, language).orElse(""));
            }
        }
        campaign.getScheduleEntries().forEach(e -> form.schedule.add(new ScheduleRow(
                new ArrayList<>(e.getDays().stream().map(DayOfWeek::name).toList()),
                TIME.format(e.getFromTime()), TIME.format(e.getToTime()))));
        campaign.getScheduleExceptions().forEach(e -> form.exceptions.add(new ExceptionRow(e.getDate().toString(),
                e.isClosed(), e.isClosed() ? "" : TIME.format(e.getFromTime()), e.isClosed() ? "" : TIME.format(e.getToTime()),
                e.getDescription() == null ? "" : e.getDescription())));
        campaign.getAllowedDomains().stream().sorted().forEach(d -> form.domains.add(new DomainRow(d)));
        campaign.getCannedResponses().forEach(c -> form.canned.add(new CannedRow(c.getShortcut(), c.getTitle(), c.getText(),
                c.getLanguage().map(Language::code).orElse(""))));
        return form;
    }

    public static String messageKey(MessageKind kind, Language language) {
        return kind.name() + "." + language.code();
    }

    private CampaignForm(Long id) {
        super(id, null);
    }

    /** The name is one of the values, beside its field's problems. */
    @Override
    public String getName() {
        return values.getOrDefault("name", "");
    }

    @Override
    public void setName(String name) {
        values.put("name", name);
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Boolean> getFlags() {
        return flags;
    }

    public Map<String, String> getMessages() {
        return messages;
    }

    public List<ScheduleRow> getSchedule() {
        return schedule;
    }

    public List<ExceptionRow> getExceptions() {
        return exceptions;
    }

    public List<DomainRow> getDomains() {
        return domains;
    }

    public List<CannedRow> getCanned() {
        return canned;
    }

    String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value.trim();
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }

    /** ADM-06: days of the week with the hours agents attend; "00:00" as the end means until midnight. */
    public static class ScheduleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<String> days;
        private String from;
        private String to;

        public ScheduleRow() {
            this(new ArrayList<>(), "09:00", "18:00");
        }

        public ScheduleRow(List<String> days, String from, String to) {
            this.days = days;
            this.from = from;
            this.to = to;
        }

        public List<String> getDays() {
            return days;
        }

        public void setDays(List<String> days) {
            this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    /** ADM-06 (reading): a date closed all day, or open only between two times. */
    public static class ExceptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private boolean closed;
        private String from;
        private String to;
        private String description;

        public ExceptionRow() {
            this("", true, "", "", "");
        }

        public ExceptionRow(String date, boolean closed, String from, String to, String description) {
            this.date = date;
            this.closed = closed;
            this.from = from;
            this.to = to;
            this.description = description;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public boolean isClosed() {
            return closed;
        }

        public void setClosed(boolean closed) {
            this.closed = closed;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** ADV-15: one allowed origin of host pages. */
    public static class DomainRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String origin;

        public DomainRow() {
            this("");
        }

        public DomainRow(String origin) {
            this.origin = origin;
        }

        public String getOrigin() {
            return origin;
        }

        public void setOrigin(String origin) {
            this.origin = origin;
        }
    }

    /** MSG-07, ADV-16: a canned response; no language means every language. */
    public static class CannedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String shortcut;
        private String title;
        private String text;
        private String language;

        public CannedRow() {
            this("", "", "", "");
        }

        public CannedRow(String shortcut, String title, String text, String language) {
            this.shortcut = shortcut;
            this.title = title;
            this.text = text;
            this.language = language;
        }

        public String getShortcut() {
            return shortcut;
        }

        public void setShortcut(String shortcut) {
            this.shortcut = shortcut;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    /**
     * Writes this form into the campaign; the form must have passed {@link CampaignCheck}. The image, the
     * security group and the members are not part of the form; its bots are set apart, found by their ids. Canned responses are replaced: {@code flush}
     * runs between removing the old ones and adding the new, as a shortcut may be kept (it is unique).
     */
    void applyTo(Campaign campaign, org.webchat.quality.QualityModel qualityModel, Runnable flush) {
        campaign.setName(value("name"));
        campaign.setStrategy(Strategy.fromCode(value("strategy")));
        campaign.setDeliveryOrder(DeliveryOrder.fromCode(value("deliveryOrder")));
        campaign.setServiceLevelSeconds(number("serviceLevel"));
        campaign.setTimeZone(value("timeZone"));
        campaign.setDefaultLanguage(Language.valueOf(value("defaultLanguage").toUpperCase(java.util.Locale.ROOT)));
        campaign.setMaxInteractionsPerAgent(number("maxInteractionsPerAgent"));
        campaign.setMaxChats(number("maxChats"));
        campaign.setMaxTimeSeconds(number("maxTime"));
        campaign.setAutoFinishSeconds(number("autoFinish"));
        campaign.setMaxTransferSeconds(number("maxTransfer"));
        campaign.setOfferTimeoutSeconds(number("offerTimeout"));
        campaign.setColor(value("color").toLowerCase(java.util.Locale.ROOT));
        campaign.setThresholds(new Thresholds(number("thresholdServiceLevel"), number("thresholdDropout"),
                number("chatTimeBand1"), number("chatTimeBand2"), number("chatTimeBand3"), number("thresholdAcd")));
        campaign.setEnabled(flag("enabled"));
        campaign.setShowAgentName(flag("showAgentName"));
        campaign.setFeedbackEnabled(flag("feedbackEnabled"));
        campaign.setEmailRequired(flag("emailRequired"));
        campaign.setAudioVideoAllowed(flag("audioVideoAllowed"));
        campaign.setPhoneField(new PhoneField(flag("phoneVisible"), flag("phoneRequired")));
        campaign.setOfflineMessageEnabled(flag("offlineMessageEnabled"));
        campaign.setOfflineEmail(value("offlineEmail"));
        campaign.setQualityModel(qualityModel);
        campaign.setBotPersonAllowed(flag("botPersonAllowed"));
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                String text = messages.get(messageKey(kind, language));
                campaign.setMessage(kind, language, text == null ? null : text.trim());
            }
        }
        List.copyOf(campaign.getScheduleEntries()).forEach(campaign::removeScheduleEntry);
        for (ScheduleRow row : schedule) {
            java.util.Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
            row.getDays().forEach(d -> days.add(DayOfWeek.valueOf(d)));
            campaign.addScheduleEntry(days, time(row.getFrom()), time(row.getTo()));
        }
        List.copyOf(campaign.getScheduleExceptions()).forEach(campaign::removeScheduleException);
        for (ExceptionRow row : exceptions) {
            java.time.LocalDate date = java.time.LocalDate.parse(row.getDate().trim());
            String description = row.getDescription() == null || row.getDescription().isBlank() ? null : row.getDescription().trim();
            if (row.isClosed()) {
                campaign.addClosedDay(date, description);
            } else {
                campaign.addSpecialHours(date, time(row.getFrom()), time(row.getTo()), description);
            }
        }
        campaign.setAllowedDomains(domains.stream().map(DomainRow::getOrigin).toList());
        List.copyOf(campaign.getCannedResponses()).forEach(campaign::removeCannedResponse);
        flush.run();
        for (CannedRow row : canned) {
            String language = row.getLanguage() == null ? "" : row.getLanguage().trim();
            campaign.addCannedResponse(row.getShortcut().trim(), row.getTitle().trim(), row.getText().trim(),
                    language.isEmpty() ? null : Language.valueOf(language.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    private int number(String name) {
        return Integer.parseInt(value(name));
    }

    static LocalTime time(String text) {
        return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim(), TIME);
    }
}
