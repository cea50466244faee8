package org.webchat.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * persistence.xml lists every entity and excludes the rest (issue 16: Hibernate does not scan the module at start), so
 * a new entity must be listed there: this test fails, naming it, when one is not.
 */
class PersistenceUnitTest {

    @Test
    void theUnitListsEveryEntityOfTheModule() throws Exception {
        Set<String> entities = new TreeSet<>();
        Path classes = Path.of(SchemaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                if (Class.forName(name, false, getClass().getClassLoader()).isAnnotationPresent(Entity.class)) {
                    entities.add(name);
                }
            }
        }
        assertFalse(entities.isEmpty(), "no entity found under " + classes);
        assertEquals(entities, listed(), "persistence.xml's <class> entries against the module's @Entity classes");
    }

    @Test
    void hibernatesJsonMapperIsOneThatRefusesSinceNoColumnIsJson() throws Exception {
        // Issue 16 (boot): Hibernate builds no Jackson mapper at start. Should an attribute be mapped to JSON one day,
        // its first read or write says what to change.
        NodeList properties = unit().getElementsByTagName("property");
        String mapper = null;
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals("hibernate.type.json_format_mapper")) {
                mapper = property.getAttribute("value");
            }
        }
        assertEquals(NoJsonColumns.class.getName(), mapper);
        UnsupportedOperationException refusal = assertThrows(UnsupportedOperationException.class,
                () -> new NoJsonColumns().fromString("{}", null, null));
        assertTrue(refusal.getMessage().contains("hibernate.type.json_format_mapper"), refusal.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> new NoJsonColumns().toString("x", null, null));
    }

    private static Set<String> listed() throws Exception {
        Document unit = unit();
        NodeList classes = unit.getElementsByTagName("class");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < classes.getLength(); i++) {
            names.add(classes.item(i).getTextContent().trim());
        }
        assertEquals("true", unit.getElementsByTagName("exclude-unlisted-classes").item(0).getTextContent().trim());
        return names;
    }

    private static Document unit() throws Exception {
        try (InputStream xml = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(xml);
        }
    }
}
