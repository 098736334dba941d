package org.weiyuan.web.site;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Helpers the public templates call: {value.url} percent-encodes a query value. */
@TemplateExtension
public final class SiteTemplateExtensions {

    private SiteTemplateExtensions() { }

    /** The first characters of a text, with an ellipsis when cut (a description for link previews). */
    static String excerpt(String value, int length) {
        if (value == null) {
            return "";
        }
        String flat = value.replaceAll("\\s+", " ").trim();
        return flat.codePointCount(0, flat.length()) <= length ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
    }

    static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
