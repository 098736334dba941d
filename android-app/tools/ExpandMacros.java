import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rewrites a library's res/ directory for an aapt2 older than Android 12 (Debian's 2.19): each
 * {@code <macro name="x">value</macro>} is removed and every {@code @macro/x} reference replaced by
 * its value, which is what the newer aapt2 does when it links. Run by build-apk.sh as
 * {@code java ExpandMacros.java <res dir>}; changes nothing in a directory without macros.
 */
public class ExpandMacros {

    private static final Pattern MACRO = Pattern.compile("\\s*<macro name=\"([^\"]+)\">([^<]*)</macro>");
    private static final Pattern USE = Pattern.compile("@macro/([A-Za-z0-9_.]+)");

    public static void main(String[] args) throws IOException {
        Path res = Path.of(args[0]);
        List<Path> xml;
        try (Stream<Path> files = Files.walk(res)) {
            xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        Map<String, String> macros = new HashMap<>();
        for (Path p : xml) {
            Matcher m = MACRO.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                macros.put(m.group(1), m.group(2).trim());
            }
        }
        if (macros.isEmpty()) {
            return;
        }
        for (Path p : xml) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String out = MACRO.matcher(text).replaceAll("");
            // a macro may name another macro: expand until nothing is left
            for (int round = 0; round < 5 && USE.matcher(out).find(); round++) {
                out = USE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(
                        macros.getOrDefault(r.group(1), "@macro/" + r.group(1))));
            }
            if (!out.equals(text)) {
                Files.writeString(p, out, StandardCharsets.UTF_8);
            }
        }
        System.out.println("[apk] expanded " + macros.size() + " resource macros in " + res);
    }
}
