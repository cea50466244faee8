package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.webchat.agent.Area;
import org.webchat.agent.Role;

/** The security constraints of web.xml protect each area with exactly the roles that {@link Area} gives it. */
class AreaConstraintsTest {

    @Test
    void webXmlGuardsEveryAreaWithItsRoles() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());

        Map<String, Set<String>> rolesByPattern = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            Set<String> roles = new TreeSet<>();
            NodeList roleNames = constraint.getElementsByTagNameNS("*", "role-name");
            for (int r = 0; r < roleNames.getLength(); r++) {
                roles.add(roleNames.item(r).getTextContent().trim());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                rolesByPattern.put(patterns.item(p).getTextContent().trim(), roles);
            }
        }

        for (Area area : Area.values()) {
            Set<String> expected = area.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, rolesByPattern.get(area.path() + "*"), "web.xml roles of " + area);
        }
    }
}
