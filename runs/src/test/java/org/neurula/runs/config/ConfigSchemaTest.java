package org.neurula.runs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.TaskProvider;
import org.neurula.fitness.TaskRegistry;
import org.neurula.runs.CliRun;

/**
 * The generated schema covers every key with its type, default and meaning, forbids unknown keys, and
 * the committed reference page is what the generator writes today.
 */
class ConfigSchemaTest {

    private final TaskRegistry tasks = TaskRegistry.load();
    private final ConfigLoader loader = new ConfigLoader(tasks);
    private final ConfigSchema generator = new ConfigSchema(loader, tasks);

    @Test
    void everySectionKeyHasTypeDefaultAndMeaning() {
        ObjectNode schema = generator.schema();
        assertFalse(schema.get("additionalProperties").asBoolean());
        ObjectNode defaults = loader.defaultsTree();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> section : defaults.properties()) {
            JsonNode s = schema.get("properties").get(section.getKey());
            assertFalse(s.get("additionalProperties").asBoolean(), section.getKey() + " forbids unknown keys");
            for (Map.Entry<String, JsonNode> key : section.getValue().properties()) {
                String path = section.getKey() + "." + key.getKey();
                JsonNode p = s.get("properties").get(key.getKey());
                assertTrue(p != null, path + " is in the schema");
                assertTrue(p.has("type") || p.has("enum") || p.has("anyOf"), path + " has a type: " + p);
                assertEquals(key.getValue(), p.get("default"), path + " default");
                assertTrue(p.get("description").asText().length() > 5, path + " has a meaning");
                checked.add(path);
            }
        }
        assertTrue(checked.size() >= 40, checked.toString());
        assertEquals("integer", schema.at("/properties/reproduction/properties/populationSize/type").asText());
        assertEquals("number", schema.at("/properties/mutation/properties/addNode/type").asText());
        assertEquals("boolean", schema.at("/properties/genome/properties/recurrent/type").asText());
    }

    @Test
    void everyTaskAndParameterIsDescribed() {
        JsonNode task = generator.schema().at("/properties/task");
        List<String> ids = new ArrayList<>();
        task.at("/properties/type/enum").forEach(id -> ids.add(id.asText()));
        assertEquals(tasks.ids(), ids);
        JsonNode cases = task.get("allOf");
        assertEquals(tasks.providers().size(), cases.size());
        for (int i = 0; i < cases.size(); i++) {
            TaskProvider<?> p = tasks.providers().get(i);
            JsonNode c = cases.get(i);
            assertEquals(p.id(), c.at("/if/properties/type/const").asText());
            assertFalse(c.at("/then/additionalProperties").asBoolean(), p.id() + " forbids unknown parameters");
            for (var component : p.configType().getRecordComponents()) {
                JsonNode param = c.at("/then/properties/" + component.getName());
                assertTrue(param.has("default"), p.id() + "." + component.getName());
                assertTrue(param.get("description").asText().length() > 5, p.id() + "." + component.getName());
            }
        }
    }

    @Test
    void committedReferencePageIsUpToDate() throws Exception {
        String committed = Files.readString(Path.of("..", "docs", "config.md"));
        assertEquals(generator.markdown(), committed,
                "docs/config.md is out of date; regenerate it with ./neurula schema --markdown --out docs/config.md");
    }

    @Test
    void schemaCommandWritesTheSchemaAndThePage() throws Exception {
        CliRun schema = CliRun.of("schema");
        assertEquals(0, schema.exitCode(), schema.err());
        assertEquals(org.neurula.runs.output.Json.PRETTY.writeValueAsString(generator.schema()) + "\n", schema.out());
        assertEquals("Neurula run config", CliRun.readJsonText(schema.out()).get("title").asText());
        CliRun page = CliRun.of("schema", "--markdown");
        assertEquals(generator.markdown(), page.out());
    }
}
