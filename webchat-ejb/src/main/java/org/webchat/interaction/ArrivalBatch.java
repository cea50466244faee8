package org.webchat.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.webchat.bot.Bot;
import org.webchat.bot.Bots;
import org.webchat.campaign.Admission;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.EntryDecision;
import org.webchat.campaign.Language;
import org.webchat.live.LiveChannel;
import org.webchat.node.NodeLease;

/**
 * Decides, in one transaction, the customers who arrive at one campaign together ({@link Arrivals}): the campaign's
 * rules on entry (disabled, out of hours, Max chats, ADV-04; the pre-chat form's required fields; the allowed
 * domains, ADV-15) under one lock of the campaign's row, the queue counted once, and one commit for them all. The
 * arrivals are decided in the order given, each counting those admitted before it, exactly as if each had come alone:
 * with Max chats 3 and 1 waiting, of five arriving together the first two are admitted and the other three refused.
 * The queued and the refused are stored by plain inserts in one batch; an arrival with the start bot goes through JPA,
 * as the bot works on it.
 */
@Stateless
public class ArrivalBatch {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    LiveChannel live;

    @Inject
    Bots bots;

    @Inject
    ValidatorFactory validation;

    private Validator validator;

    @Resource(lookup = "java:jboss/datasources/WebchatDS")
    DataSource data;

    private final Clock clock = Clock.systemUTC();

    /**
     * The new interactions are checked with every property reachable: they are built here, nothing of theirs is
     * lazy. The default asks JPA of each property whether it is loaded, and each ask leaves class metadata on the
     * heap until a later collection (issue 16: 7 of them an arrival, counted in the heap a waiting customer keeps).
     */
    @PostConstruct
    void checkedAsBuilt() {
        validator = validation.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
    }

    /** The arrivals' outcomes, in their order; its own transaction, committed before any customer hears of it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Arrivals.Arrived> admit(long campaignId, List<CustomerChatService.Arrival> arrivals) {
        // Under the campaign's lock, like the routing engine's dispatch: Max chats counts exactly, and the queue's
        // arrival order is the order in which arrivals become visible to the dispatch.
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        Arrivals.Arrived[] outcomes = new Arrivals.Arrived[arrivals.size()];
        Instant now = clock.instant();
        Admission admission = campaign == null ? null : new Admission(campaign);
        int waiting = -1; // counted once, when the first arrival gets as far as the queue
        // Queued or refused by a full queue: stored together below, then answered with their ids.
        List<Interaction> plain = new ArrayList<>();
        List<Integer> plainAt = new ArrayList<>();
        List<String> plainTexts = new ArrayList<>();
        for (int a = 0; a < arrivals.size(); a++) {
            CustomerChatService.Arrival arrival = arrivals.get(a);
            if (campaign == null) {
                outcomes[a] = refused(CustomerChatService.refused(campaignId, "unknown-campaign", null, Language.DEFAULT,
                        false));
                continue;
            }
            Language language = Language.fromCode(arrival.language(), campaign.getDefaultLanguage());
            Optional<String> formRefusal = formRefusal(campaign, arrival);
            if (formRefusal.isPresent()) {
                outcomes[a] = refused(CustomerChatService.refused(campaignId, formRefusal.get(), null, language, false));
                continue;
            }
            if (waiting < 0) {
                waiting = (int) interactions.countWaiting(campaignId);
            }
            EntryDecision decision = admission.decide(now, language, waiting);
            String text = decision.text().orElse(null);
            Customer customer = new Customer(arrival.name(), arrival.email(), arrival.phone(), arrival.extra());
            switch (decision.outcome()) {
                case ADMITTED -> {
                    Optional<Bot> startBot = Bots.startBotOf(campaign);
                    if (startBot.isPresent()) { // BOT-01: the bot talks first, the queue comes after it
                        Interaction interaction = Interaction.withBot(campaign, customer, language, arrival.pageUrl(),
                                startBot.get(), now);
                        em.persist(interaction);
                        bots.started(interaction, arrival.firstMessage());
                        live.publish(CustomerChatService.changeOf(interaction, now).asArrival());
                        outcomes[a] = new Arrivals.Arrived(CustomerChatService.opening(interaction, null), null);
                    } else {
                        waiting++;
                        plain.add(Interaction.queued(campaign, customer, language, arrival.pageUrl(), now));
                        plainAt.add(a);
                        plainTexts.add(text);
                    }
                }
                case QUEUE_FULL -> {
                    // Kept, ended at once: the refusals of a full queue count in the campaign's figures.
                    Interaction interaction = Interaction.queued(campaign, customer, language, arrival.pageUrl(), now);
                    interaction.end(EndReason.UNAVAILABLE, now);
                    plain.add(interaction);
                    plainAt.add(a);
                    plainTexts.add(text);
                }
                case OUT_OF_HOURS -> outcomes[a] = refused(CustomerChatService.refused(campaignId, "out-of-hours", text,
                        language, decision.isOfflineMessageAllowed()));
                default -> outcomes[a] = refused(CustomerChatService.refused(campaignId, "campaign-disabled", text,
                        language, false));
            }
        }
        if (!plain.isEmpty()) {
            insert(plain);
            int place = waiting - (int) plain.stream().filter(i -> i.getState() == InteractionState.QUEUED).count();
            for (int p = 0; p < plain.size(); p++) {
                Interaction interaction = plain.get(p);
                live.publish(CustomerChatService.changeOf(interaction, now).asArrival());
                if (interaction.getState() == InteractionState.QUEUED) {
                    // WID-05: its place is known here, behind everyone counted: the welcome need not count again.
                    outcomes[plainAt.get(p)] = new Arrivals.Arrived(CustomerChatService.opening(interaction,
                            plainTexts.get(p)), new CustomerChatService.ChatNow(InteractionState.QUEUED.name(), ++place,
                            null, campaign.isAudioVideoAllowed(), false, null));
                } else {
                    outcomes[plainAt.get(p)] = refused(CustomerChatService.refused(campaignId, "queue-full",
                            plainTexts.get(p), interaction.getLanguage(), false));
                }
            }
        }
        return List.of(outcomes);
    }

    /**
     * Stores the new interactions in one batch of plain inserts (issue 16: no entity for JPA to keep and check, no
     * round trip each), checked first as JPA would check them (a refusal fails the batch, and {@link Arrivals} decides
     * its arrivals again one by one). Each is given its id, in the order given: the queue's order among them.
     */
    private void insert(List<Interaction> made) {
        for (Interaction interaction : made) {
            Set<ConstraintViolation<Interaction>> violations = validator.validate(interaction);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        try (Connection connection = data.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (campaign_id, state,"
                     + " customer_name, customer_email, customer_phone, customer_extra, page_url, language, created_at,"
                     + " queued_at, ended_at, end_reason, session_token, customer_node)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     new String[] {"id"})) {
            for (Interaction interaction : made) {
                Customer customer = interaction.getCustomer();
                insert.setLong(1, interaction.getCampaign().getId());
                insert.setString(2, interaction.getState().name());
                insert.setString(3, customer.getName());
                insert.setString(4, customer.getEmail().orElse(null));
                insert.setString(5, customer.getPhone().orElse(null));
                insert.setString(6, customer.getExtra().orElse(null));
                insert.setString(7, interaction.getPageUrl());
                insert.setString(8, interaction.getLanguage().name());
                insert.setObject(9, at(interaction.getCreatedAt()));
                insert.setObject(10, at(interaction.getQueuedAt()));
                insert.setObject(11, at(interaction.getEndedAt()));
                insert.setString(12, interaction.getEndReason().map(Enum::name).orElse(null));
                insert.setString(13, interaction.getSessionToken());
                // The arriving customer's socket is on this node (V24); a refused one has no chat to keep.
                insert.setString(14, interaction.getState().isOpen() ? NodeLease.THIS : null);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet ids = insert.getGeneratedKeys()) {
                for (Interaction interaction : made) {
                    if (!ids.next()) {
                        throw new IllegalStateException("An arrival was stored without an id");
                    }
                    interaction.storedAs(ids.getLong(1));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The arrivals could not be stored", failed);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** What the host page or the pre-chat form lacks for this campaign, if anything (ADV-15, WID-02, ADV-14). */
    private static Optional<String> formRefusal(Campaign campaign, CustomerChatService.Arrival arrival) {
        if (!CustomerChatService.hostAllowed(campaign, arrival)) {
            return Optional.of(ChatOpening.DOMAIN_NOT_ALLOWED);
        }
        if (arrival.name() == null || arrival.name().isBlank()) {
            return Optional.of("name-required");
        }
        if (campaign.isEmailRequired() && (arrival.email() == null || arrival.email().isBlank())) {
            return Optional.of("email-required");
        }
        if (campaign.getPhoneField().isRequired() && (arrival.extra() == null || arrival.extra().isBlank())) {
            return Optional.of("phone-field-required");
        }
        return Optional.empty();
    }

    private static Arrivals.Arrived refused(ChatOpening refusal) {
        return new Arrivals.Arrived(refusal, null);
    }

    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty,
                                   ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty,
                                    ElementType type) {
            return true;
        }
    }
}
