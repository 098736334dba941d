import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Checks what R8 left in the APK, since the shrunk app never runs in the tests (Robolectric uses the
 * classes before shrinking). Android starts components by the names in the manifest and layouts
 * name their views' classes: R8 must have kept each under its own name. And TraceReferences must
 * find nothing the app calls missing, apart from what may be missing by design: OkHttp's optional
 * TLS providers (looked up by reflection) and AndroidX's build-time annotations (R8 drops the
 * classes; the runtime never resolves them). Run by build-apk.sh as
 * {@code java CheckShrunkApp.java <manifest> <aapt2 keep rules> <r8 mapping> <TraceReferences output> [allowed prefix...]}.
 */
public class CheckShrunkApp {

    private static final String ANDROID = "http://schemas.android.com/apk/res/android";
    private static final List<String> COMPONENTS = List.of("application", "activity", "activity-alias", "service", "receiver", "provider");

    public static void main(String[] args) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element manifest = f.newDocumentBuilder().parse(new File(args[0])).getDocumentElement();
        String pkg = manifest.getAttribute("package");
        Set<String> kept = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            // "a.b.C -> a.b.C:" is a class kept under its own name; members are indented
            if (!line.startsWith(" ") && !line.startsWith("#") && line.endsWith(":")) {
                String[] sides = line.substring(0, line.length() - 1).split(" -> ");
                if (sides.length == 2 && sides[0].equals(sides[1])) {
                    kept.add(sides[0]);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (String tag : COMPONENTS) {
            NodeList nodes = manifest.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                String name = ((Element) nodes.item(i)).getAttributeNS(ANDROID, "name");
                if (name.isEmpty()) {
                    continue;
                }
                String cls = name.startsWith(".") ? pkg + name : name.contains(".") ? name : pkg + "." + name;
                components++;
                if (!kept.contains(cls)) {
                    problems.add("the manifest's " + tag + " " + cls + " is not in the APK under its own name");
                }
            }
        }
        // the classes layouts and the manifest name, as aapt2 wrote them into its keep rules
        java.util.regex.Pattern keep = java.util.regex.Pattern.compile("^-keep class ([\\w.$]+) \\{");
        int views = 0;
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = keep.matcher(line);
            if (m.find() && !m.group(1).startsWith("android.")) { // android.* is the phone's, not the APK's
                views++;
                if (!kept.contains(m.group(1))) {
                    problems.add("aapt2's rules name " + m.group(1) + " (a layout's view or a component), not in the APK by name");
                }
            }
        }
        List<String> allowed = List.of(args).subList(4, args.length);
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            String l = line.trim().replaceFirst("^\\[", "").replaceFirst("]$", "");
            if (!l.startsWith("Missing ")) {
                continue;
            }
            boolean ok = allowed.stream().anyMatch(prefix -> l.matches("Missing \\w+ (\\S+ )?" + java.util.regex.Pattern.quote(prefix) + ".*"));
            if (!ok) {
                missing.add(l);
            }
        }
        problems.addAll(missing);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[apk] " + p));
            System.err.println("[apk] the shrunk app is incomplete: " + problems.size() + " problem(s); see proguard-rules.pro");
            System.exit(1);
        }
        System.out.println("[apk] shrunk app checked: " + components + " manifest components and " + views
                + " classes named by resources kept by name, no missing references"
                + " outside " + allowed);
    }
}
