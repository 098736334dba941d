package org.weiyuan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;

/** Provides the receipt renderer with the CJK font this installation has (Debian: fonts-wqy-microhei). */
@ApplicationScoped
public class ReceiptFont {

    @Produces
    @ApplicationScoped
    ReceiptRenderer renderer(FundingConfig config) {
        return new ReceiptRenderer(Path.of(config.receipts().font()), config.receipts().fontFace());
    }
}
