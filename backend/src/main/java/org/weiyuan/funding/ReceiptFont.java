package org.weiyuan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** Provides the receipt renderer with the CJK font this installation has (Debian: fonts-wqy-microhei). */
@ApplicationScoped
public class ReceiptFont {

    @Produces
    @ApplicationScoped
    ReceiptRenderer renderer(@ConfigProperty(name = "weiyuan.receipts.font") String file,
                             @ConfigProperty(name = "weiyuan.receipts.font-face") String face) {
        return new ReceiptRenderer(Path.of(file), face);
    }
}
