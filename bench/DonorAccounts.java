// Province in a box: D donor accounts in the platform's real Keycloak, and a token for each.
// Run as a single-file program on the launcher's classpath (its Jackson and KeycloakLogin):
//   java -cp platform/target/weiyuan-platform.jar bench/DonorAccounts.java KC_PORT COUNT > tokens.txt
// Creates bench.donor.1 … bench.donor.COUNT (realm role donor, password weiyuan123) in one partial
// import through the admin REST API as Keycloak's bootstrap admin (existing ones are skipped), then
// signs each in as the app does (KeycloakLogin: authorization code with PKCE), four at a time, and
// prints one access token a line, in account order.
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.weiyuan.platform.KeycloakLogin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class DonorAccounts {

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[0];
        int count = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(System.getenv().getOrDefault("KC_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (admin.statusCode() != 200) {
            throw new IllegalStateException("admin token: " + admin.statusCode() + " " + admin.body());
        }
        String adminToken = json.readTree(admin.body()).get("access_token").asText();

        ObjectNode body = json.createObjectNode();
        body.put("ifResourceExists", "SKIP");
        ArrayNode users = body.putArray("users");
        for (int i = 1; i <= count; i++) {
            ObjectNode u = users.addObject();
            u.put("username", "bench.donor." + i);
            u.put("enabled", true);
            u.put("emailVerified", true);
            u.put("firstName", "捐赠人" + i);
            u.put("lastName", "压测");
            u.put("email", "bench.donor." + i + "@bench.weiyuan.invalid");
            u.putObject("attributes").putArray("locale").add("zh-CN");
            ObjectNode c = u.putArray("credentials").addObject();
            c.put("type", "password");
            c.put("value", "weiyuan123");
            c.put("temporary", false);
            u.putArray("realmRoles").add("donor");
        }
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/weiyuan/partialImport"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("partial import: " + imported.statusCode() + " " + imported.body());
        }
        System.err.println("[donors] Keycloak: " + json.readTree(imported.body()).path("added").asInt() + " accounts added, "
                + json.readTree(imported.body()).path("skipped").asInt() + " already there");

        String issuer = base + "/realms/weiyuan";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String user = "bench.donor." + i;
            tokens.add(pool.submit(() -> KeycloakLogin.accessTokenOnceReady(issuer, user, "weiyuan123")));
        }
        StringBuilder out = new StringBuilder();
        for (Future<String> t : tokens) {
            out.append(t.get()).append('\n');
        }
        pool.shutdown();
        System.out.print(out);
    }
}
