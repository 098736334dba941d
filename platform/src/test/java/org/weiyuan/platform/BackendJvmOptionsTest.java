package org.weiyuan.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The backend's JVM options come from WEIYUAN_BACKEND_JAVA_OPTS, else the lean default that the JDK knows, with the AOT
 * cache if the build made one and the JDK can read it.
 */
class BackendJvmOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheVariableOrACacheTheDefaultsApply() {
        Path absent = dir.resolve("app.aot");
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions(null, absent, 25));
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions("  ", absent, 25));
        assertEquals(Platform.DEFAULT_BACKEND_JVM_OPTIONS, Platform.backendJvmOptions(null, null, 25));
    }

    @Test
    void theBuildsAotCacheIsUsedWhenItExists() throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        List<String> expected = new ArrayList<>(Platform.DEFAULT_BACKEND_JVM_OPTIONS);
        expected.add("-XX:AOTCache=" + cache);
        assertEquals(expected, Platform.backendJvmOptions(null, cache, 25));
    }

    @Test
    void theVariableIsSplitOnWhitespaceAndReplacesEverything() throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        assertEquals(List.of("-Xmx512m", "-XX:+UseG1GC"), Platform.backendJvmOptions(" -Xmx512m \t -XX:+UseG1GC ", cache, 25));
    }

    @Test
    void anOlderJdkGetsOnlyTheOptionsItKnows() throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        List<String> onJdk21 = Platform.backendJvmOptions(null, cache, 21);
        assertEquals(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-Xss512k",
                "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=96m"), onJdk21);
        List<String> onJdk24 = Platform.backendJvmOptions(null, cache, 24);
        assertEquals(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-Xss512k",
                "-XX:TrimNativeHeapInterval=5000", "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=96m", "-XX:AOTCache=" + cache), onJdk24);
    }
}
