package org.webchat.call;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start, the calls a stopped server left ringing or up end: their sockets are gone, and so are their rings. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CallRecovery {

    @Inject
    Calls calls;

    @PostConstruct
    void endLeftOver() {
        calls.endLeftOver();
    }
}
