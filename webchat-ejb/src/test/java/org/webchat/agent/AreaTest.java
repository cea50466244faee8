package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which role enters which console area (ADM-01 and spec §9). */
class AreaTest {

    @Test
    void onlyAdministratorsEnterTheAdministration() {
        assertTrue(Area.ADMINISTRATION.allows(Set.of(Role.ADMIN)));
        assertFalse(Area.ADMINISTRATION.allows(Set.of(Role.SUPERVISOR)));
        assertFalse(Area.ADMINISTRATION.allows(Set.of(Role.AGENT)));
    }

    @Test
    void supervisorsEnterSupervisionAndRecordingsOnly() {
        assertEquals(List.of(Area.SUPERVISION, Area.RECORDINGS), Area.open(Set.of(Role.SUPERVISOR)));
    }

    @Test
    void agentsEnterTheirWorkspaceOnly() {
        assertEquals(List.of(Area.AGENT_WORKSPACE), Area.open(Set.of(Role.AGENT)));
    }

    @Test
    void aUserWithSeveralRolesEntersEachRolesAreasInMenuOrder() {
        assertEquals(List.of(Area.ADMINISTRATION, Area.AGENT_WORKSPACE, Area.SUPERVISION, Area.RECORDINGS),
                Area.open(Set.of(Role.AGENT, Role.ADMIN, Role.SUPERVISOR)));
    }

    @Test
    void aUserWithoutRolesEntersNothing() {
        assertEquals(List.of(), Area.open(Set.of()));
    }

    @Test
    void everyAreaHasItsOwnPath() {
        assertEquals(Area.values().length, Set.of(Area.values()).stream().map(Area::path).distinct().count());
    }
}
