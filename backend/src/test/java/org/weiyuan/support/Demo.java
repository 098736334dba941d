package org.weiyuan.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The demo users and units of {@code seeds/}, which the test profile loads. */
public final class Demo {

    private static final JsonNode USERS = read("users.json");
    private static final JsonNode UNITS = read("unions.json");

    public static final UUID ADMIN = user("admin");
    /** 贵州省总工会 staff: sees the whole province. */
    public static final UUID MA_PROVINCE = user("ma");
    /** 贵阳市总工会 staff. */
    public static final UUID CHEN_GUIYANG = user("chen");
    /** 南明区总工会 staff, investigator in the demo. */
    public static final UUID LIU_NANMING = user("liu");
    /** 南明区总工会 staff, approver in the demo. */
    public static final UUID ZHOU_NANMING = user("zhou");
    /** 云岩区总工会 staff: a sibling district of 南明. */
    public static final UUID SUN_YUNYAN = user("sun");
    /** 遵义市总工会 staff: another city. */
    public static final UUID HE_ZUNYI = user("he");
    /** Worker with an approved file in 南明. */
    public static final UUID WANG_WORKER = user("wang");
    public static final UUID ZHAO_DONOR = user("zhao");

    public static final UUID GUIZHOU = unit("guizhou");
    public static final UUID GUIYANG = unit("guiyang");
    public static final UUID NANMING = unit("nanming");
    public static final UUID NANMING_COMMUNITY = unit("nanming-community");
    public static final UUID YUNYAN = unit("yunyan");
    public static final UUID YUNYAN_MARKET = unit("yunyan-market");
    public static final UUID ZUNYI = unit("zunyi");

    private Demo() { }

    private static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(new File("../seeds/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID user(String key) {
        for (JsonNode u : USERS.get("users")) {
            if (u.get("key").asText().equals(key)) {
                return UUID.fromString(u.get("id").asText());
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static UUID unit(String key) {
        for (JsonNode u : UNITS) {
            if (u.get("key").asText().equals(key)) {
                return UUID.fromString(u.get("id").asText());
            }
        }
        throw new IllegalArgumentException(key);
    }
}
