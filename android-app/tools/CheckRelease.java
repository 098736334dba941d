import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the release APK as a phone would get it (发布检查): its manifest forbids cleartext HTTP and
 * is not debuggable (so the app hides the server setting, see ui/Release), the addresses built in
 * are https, and every APK is under the size budget. Read from the APK itself with aapt2, since the
 * tests run the debug build. Run by build-apk.sh as
 * {@code java CheckRelease.java <aapt2> <release apk> <max bytes> <apk...>}; exits 1 with the reasons.
 */
public class CheckRelease {

    public static void main(String[] args) throws Exception {
        String aapt2 = args[0];
        String release = args[1];
        long maxBytes = Long.parseLong(args[2]);
        List<String> problems = new ArrayList<>();

        String manifest = run(aapt2, "dump", "xmltree", "--file", "AndroidManifest.xml", release);
        String application = manifest.substring(Math.max(0, manifest.indexOf("E: application")));
        if (!application.matches("(?s).*A: http://schemas.android.com/apk/res/android:usesCleartextTraffic\\(0x[0-9a-f]+\\)=false.*")) {
            problems.add("the release manifest does not set usesCleartextTraffic=false");
        }
        if (application.matches("(?s).*android:debuggable\\(0x[0-9a-f]+\\)=true.*")) {
            problems.add("the release is debuggable (it would show the server setting)");
        }
        String resources = run(aapt2, "dump", "resources", release);
        for (String name : List.of("default_server", "default_issuer")) {
            int at = resources.indexOf("string/" + name);
            String value = at < 0 ? "" : resources.substring(at, Math.min(resources.length(), at + 300));
            if (!value.contains("\"https://")) {
                problems.add("string/" + name + " in the release is not an https address: " + value.split("\n", 3)[0]
                        + (value.contains("\n") ? " " + value.split("\n", 3)[1].trim() : ""));
            }
        }
        for (int i = 3; i < args.length; i++) {
            long size = new File(args[i]).length();
            System.out.println("[apk] " + args[i] + ": " + size + " bytes (budget " + maxBytes + ")");
            if (size > maxBytes) {
                problems.add(args[i] + " is " + size + " bytes, over the budget of " + maxBytes);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[apk] release check: " + p));
            System.exit(1);
        }
        System.out.println("[apk] release check: no cleartext, not debuggable, https addresses, within the size budget");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
