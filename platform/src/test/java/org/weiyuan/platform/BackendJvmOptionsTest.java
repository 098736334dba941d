package org.weiyuan.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backend's JVM options come from WEIYUAN_BACKEND_JAVA_OPTS, else the lean default, with the AOT cache if the build made one. */
class BackendJvmOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheVariableOrACacheTheDefaultsApply() {
        Path absent = dir.resolve("app.aot");
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions(null, absent));
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions("  ", absent));
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions(null, null));
    }

    @Test
    void theBuildsAotCacheIsUsedWhenItExists() throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        List<String> expected = new ArrayList<>(Platform.DEFAULT_BACKEND_JVM_OPTIONS);
        expected.add("-XX:AOTCache=" + cache);
        assertEquals(expected, Platform.backendJvmOptions(null, cache));
    }

    @Test
    void theVariableIsSplitOnWhitespaceAndReplacesEverything() throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        assertEquals(List.of("-Xmx512m", "-XX:+UseG1GC"), Platform.backendJvmOptions(" -Xmx512m \t -XX:+UseG1GC ", cache));
    }
}
