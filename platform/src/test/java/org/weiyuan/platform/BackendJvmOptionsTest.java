package org.weiyuan.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backend's JVM options come from WEIYUAN_BACKEND_JAVA_OPTS, else the 512 MB default. */
class BackendJvmOptionsTest {

    @Test
    void withoutTheVariableTheHeapIs512Megabytes() {
        assertEquals(List.of("-Xmx512m"), Platform.backendJvmOptions(null));
        assertEquals(List.of("-Xmx512m"), Platform.backendJvmOptions("  "));
    }

    @Test
    void theVariableIsSplitOnWhitespace() {
        assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC"), Platform.backendJvmOptions(" -Xmx256m \t -XX:+UseSerialGC "));
    }
}
