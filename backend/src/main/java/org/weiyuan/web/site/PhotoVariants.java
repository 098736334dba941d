package org.weiyuan.web.site;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The phone-sized photos already made, in memory up to a byte budget, least recently used out
 * first. A photo's bytes never change once uploaded (a new photo is a new id), so a variant never
 * goes stale; whether it may still be shown is asked on every request (SitePages.photo), not here.
 * Per process: each replica resizes a photo once per width, a few tens of milliseconds.
 */
@ApplicationScoped
public class PhotoVariants {

    /** 32 MB: several hundred 720 px photos (50–120 KB each). */
    static final long BUDGET_BYTES = 32L * 1024 * 1024;

    private record Key(UUID photoId, int width) { }

    private final Map<Key, byte[]> variants = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public synchronized byte[] get(UUID photoId, int width) {
        return variants.get(new Key(photoId, width));
    }

    public synchronized void put(UUID photoId, int width, byte[] variant) {
        byte[] old = variants.put(new Key(photoId, width), variant);
        bytes += variant.length - (old == null ? 0 : old.length);
        var eldest = variants.entrySet().iterator();
        while (bytes > BUDGET_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    synchronized long size() {
        return bytes;
    }
}
