package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks Kubernetes manifests without a cluster. Core kinds are bound to the fabric8 Kubernetes
 * model: a wrong type fails the binding, and a field the model does not know (a misspelling, a
 * field at the wrong level) lands in an {@code additionalProperties} map, which is reported.
 * The operators' kinds are checked against the JSON schemas in {@code kubernetes-schemas/}.
 */
final class ManifestValidator {

    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    /** Custom kinds (apiVersion + kind) and their schema in kubernetes-schemas/. */
    static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1 Cluster", "cnpg-cluster",
            "postgresql.cnpg.io/v1 ScheduledBackup", "cnpg-scheduledbackup",
            "postgresql.cnpg.io/v1 Database", "cnpg-database",
            "k8s.keycloak.org/v2alpha1 Keycloak", "keycloak",
            "kustomize.config.k8s.io/v1beta1 Kustomization", "kustomization");

    private ManifestValidator() {
    }

    /** The YAML documents of one file (empty documents left out). */
    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /** Every problem found in the documents of {@code yaml}, each naming its document and field; empty if none. */
    static List<String> problems(String source, String yaml) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> docs;
        try {
            docs = documents(yaml);
        } catch (IOException e) {
            return List.of(source + ": not YAML: " + e.getMessage());
        }
        if (docs.isEmpty()) {
            return List.of(source + ": no document");
        }
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            String where = source + "#" + (i + 1) + " " + doc.path("kind").asText("?") + "/" + doc.path("metadata").path("name").asText("?");
            problems.addAll(problems(where, doc));
        }
        return problems;
    }

    static List<String> problems(String where, JsonNode doc) {
        if (!doc.isObject() || !doc.path("apiVersion").isTextual() || !doc.path("kind").isTextual()) {
            return List.of(where + ": apiVersion and kind are required");
        }
        String type = doc.get("apiVersion").asText() + " " + doc.get("kind").asText();
        String schema = SCHEMAS.get(type);
        if (schema != null) {
            return schemaProblems(where, schema, doc);
        }
        List<String> problems = new ArrayList<>();
        if (!doc.path("metadata").path("name").isTextual()) {
            problems.add(where + ": metadata.name is required");
        }
        try {
            KubernetesResource bound = JSON.convertValue(doc, KubernetesResource.class);
            if (bound instanceof GenericKubernetesResource) {
                problems.add(where + ": unknown kind " + type);
            } else {
                unknownFields(bound, "", where, problems);
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + oneLine(e.getMessage()));
        }
        return problems;
    }

    private static List<String> schemaProblems(String where, String name, JsonNode doc) {
        try (InputStream in = ManifestValidator.class.getResourceAsStream("/kubernetes-schemas/" + name + ".schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<ValidationMessage> messages = schema.validate(doc);
            return messages.stream().map(m -> where + ": " + m.getMessage()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("schema " + name, e);
        }
    }

    /** Walks the bound model: any non-empty additionalProperties is a field Kubernetes does not have there. */
    private static void unknownFields(Object node, String path, String where, List<String> problems) {
        if (node == null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", where, problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, where, problems));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(where + ": unknown field(s) " + extra.keySet() + " at " + (path.isEmpty() ? "top level" : path.substring(1)));
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(value, path + "." + field, where, problems);
        }
    }

    private static String oneLine(String message) {
        // Jackson puts the field's path ("through reference chain") on a later line
        return message == null ? "invalid" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
