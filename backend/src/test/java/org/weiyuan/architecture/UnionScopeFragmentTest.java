package org.weiyuan.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: the union-subtree condition (工会辖区, "unit in the subtree of path P" and its ancestor and
 * join shapes) is written once, in {@code common/db/Subtree.java}. A query that pastes its own
 * {@code path like} fragment can drift from it (a missing {@code %}, an exact match where the
 * subtree was meant), so any such fragment elsewhere in the main sources fails this test.
 */
class UnionScopeFragmentTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Path SUBTREE = MAIN.resolve("org/weiyuan/common/db/Subtree.java");

    /** {@code path like …}, {@code … like concat(…, '%')}, {@code … || '%'}: the pasted shapes of the condition. */
    static final Pattern FRAGMENT = Pattern.compile("path\\s+like\\b|like\\s+concat\\s*\\(|\\|\\|\\s*'%'",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noQueryPastesItsOwnSubtreeCondition() throws IOException {
        assertTrue(Files.isRegularFile(SUBTREE), "run from the backend module: " + SUBTREE.toAbsolutePath());
        List<String> pasted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.equals(SUBTREE)).sorted().toList()) {
                pasted.addAll(fragments(file.toString(), Files.readAllLines(file)));
            }
        }
        assertEquals(List.of(), pasted, "use org.weiyuan.common.db.Subtree instead of pasting the subtree condition");
    }

    @Test
    void theOneHelperHoldsTheCondition() throws IOException {
        assertFalse(fragments("Subtree.java", Files.readAllLines(SUBTREE)).isEmpty(),
                "the scan must recognise the condition where it is written");
    }

    @Test
    void everyPastedShapeIsRecognised() {
        List<String> lines = List.of(
                "where u.path like :prefix and x = 1",
                "\"path LIKE ?1 order by path\"",
                "and :p like concat(u.path, '%')",
                "left join union_unit u on own.path like c.path || '%'",
                "where u.path = :path and u.id in :ids");
        assertEquals(List.of("Q.java:1", "Q.java:2", "Q.java:3", "Q.java:4"),
                fragments("Q.java", lines).stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
    }

    /** {@code file:line text} of each line of {@code lines} that holds a pasted fragment. */
    static List<String> fragments(String file, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (FRAGMENT.matcher(lines.get(i)).find()) {
                out.add(file + ":" + (i + 1) + " " + lines.get(i).strip());
            }
        }
        return out;
    }
}
