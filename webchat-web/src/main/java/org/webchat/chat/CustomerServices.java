package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.webchat.bot.Bots;
import org.webchat.interaction.CustomerChatService;

/**
 * The session beans a customer's socket works with, referenced once for all of them: an enterprise bean's reference is
 * made anew for each injection, and a socket is made for each customer (issue 16: making them cost each arrival's
 * handshake about a twentieth of the server's time, and each waiting customer their heap).
 */
@ApplicationScoped
public class CustomerServices {

    @Inject
    CustomerChatService customers;

    @Inject
    Bots bots;

    public CustomerChatService customers() {
        return customers;
    }

    public Bots bots() {
        return bots;
    }
}
