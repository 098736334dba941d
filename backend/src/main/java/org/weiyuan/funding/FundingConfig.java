package org.weiyuan.funding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Every setting of the money feature in one place: pledge holds, the second approval of large
 * disbursements (二次审批), receipts, the sandbox payment gateway and donor matching (配捐防刷).
 * Everything under {@code weiyuan.funding} ({@code weiyuan.funding.pledges.hold}, ...): unknown names
 * there fail the start. The operator-facing environment variables ({@code WEIYUAN_SANDBOX_SECRET},
 * {@code WEIYUAN_RECEIPT_FONT}) are unchanged (application.properties maps them).
 */
@ConfigMapping(prefix = "weiyuan.funding")
public interface FundingConfig {

    Pledges pledges();

    Disbursements disbursements();

    Receipts receipts();

    Payments payments();

    Matching matching();

    Expiry expiry();

    interface Pledges {
        /** How long a pledge holds its share of a wish while the donor pays. */
        @WithDefault("PT30M")
        Duration hold();

        /** How often {@code HoldReleaser} frees the holds of unpaid pledges ({@code off} in tests, which release by hand). */
        @WithDefault("15s")
        String releaseEvery();
    }

    /** Wishes past their deadline unfunded (到期未筹满): refunded or moved as each donor chose. */
    interface Expiry {
        /** How often {@code ExpiryService} settles them ({@code off} in tests, which expire by hand). */
        @WithDefault("10m")
        String every();
    }

    interface Disbursements {
        /** Above this amount a second staff member approves the payout (1,000 yuan). */
        @WithDefault("100000")
        long secondApprovalAboveFen();
    }

    interface Receipts {
        /** The font file receipts and posters are drawn with (CJK glyphs). */
        String font();

        String fontFace();
    }

    interface Payments {
        Sandbox sandbox();

        interface Sandbox {
            /** The HMAC key the sandbox gateway signs its notifications with. */
            String secret();

            String callbackUrl();

            /** How long the sandbox waits before it confirms a payment, as a real gateway would. */
            @WithDefault("300")
            long delayMs();
        }
    }

    /** The rate rule and the per-donor cap of {@link DonorMatchingRules}. */
    interface Matching {
        /** At most this many pledges of one donor in {@link #rateWindow()} are matched (腾讯公益: more than 5 a minute was not a person). */
        @WithDefault("4")
        int maxPledgesPerWindow();

        @WithDefault("PT1M")
        Duration rateWindow();

        /** What one donor may draw of a campaign's matching when the campaign states no cap (1,000 yuan). */
        @WithDefault("100000")
        long donorCapFen();
    }
}
