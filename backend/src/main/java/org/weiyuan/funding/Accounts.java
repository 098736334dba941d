package org.weiyuan.funding;

import java.util.UUID;

/** The ledger's chart of accounts: each account is named by a stable code. */
public final class Accounts {

    private Accounts() { }

    /** An account as a posting names it. */
    public record Ref(String code, AccountKind kind, String name, UUID wishId) { }

    /** 支付通道清算户: money received through a payment gateway, not yet paid out. */
    public static Ref clearing(String gateway) {
        return new Ref("clearing:" + gateway, AccountKind.ASSET, "支付清算 " + gateway, null);
    }

    /** 微愿托管户: money held for one wish until it is disbursed or refunded. */
    public static Ref escrow(UUID wishId) {
        return new Ref("escrow:wish:" + wishId, AccountKind.LIABILITY, "微愿托管 " + wishId, wishId);
    }

    /** 捐赠人余额: money of a donor the platform holds (e.g. a payment that arrived too late). */
    public static Ref donorCredit(UUID donor) {
        return new Ref("donor-credit:" + donor, AccountKind.LIABILITY, "捐赠人余额 " + donor, null);
    }

    /** 配捐池: a sponsor's money set aside to match donations. */
    public static Ref pool(UUID poolId) {
        return new Ref("pool:" + poolId, AccountKind.LIABILITY, "配捐池 " + poolId, null);
    }

    /** 追回款: aid paid back by a household found ineligible, received by the union. */
    public static Ref recovered() {
        return new Ref("recovered", AccountKind.ASSET, "追回帮扶金", null);
    }

    /** 应退追回款: what a cancelled recovery owes the household back, booked from the fund, until it is paid out. */
    public static Ref recoveryRefund(UUID recoveryId) {
        return new Ref("recovery-refund:" + recoveryId, AccountKind.LIABILITY, "应退追回款 " + recoveryId, null);
    }

    /** 拨付: money paid out to households (bank transfers) or spent on goods delivered in kind. */
    public static Ref payout(Disbursement.Method method) {
        return new Ref("payout:" + method.name().toLowerCase(), AccountKind.ASSET, "拨付 " + method, null);
    }

    /** 活动公共基金: money donors let go to a campaign's general use (or the platform's, without a campaign). */
    public static Ref generalFund(UUID campaignId) {
        return campaignId == null
                ? new Ref("fund:general", AccountKind.LIABILITY, "公共基金", null)
                : new Ref("fund:campaign:" + campaignId, AccountKind.LIABILITY, "活动公共基金 " + campaignId, null);
    }

    /**
     * 互助基金: what a mutual-aid plan owes its members (contributions in, claims paid out). Every
     * account of a plan shares the code prefix {@code mutual-aid:plan:<id>:}; a database trigger
     * refuses any entry that mixes them with another account (专款专用, earmarked).
     */
    public static Ref mutualAidFund(UUID planId) {
        return new Ref("mutual-aid:plan:" + planId + ":fund", AccountKind.LIABILITY, "互助基金 " + planId, null);
    }

    /** 互助基金专户: the money a plan holds (the unit's payments in, payouts to members out). */
    public static Ref mutualAidBank(UUID planId) {
        return new Ref("mutual-aid:plan:" + planId + ":bank", AccountKind.ASSET, "互助基金专户 " + planId, null);
    }

    /** Contributions paid twice (a share recorded another way while its gateway payment was pending): owed back to the payer. */
    public static Ref mutualAidSurplus(UUID planId) {
        return new Ref("mutual-aid:plan:" + planId + ":surplus", AccountKind.LIABILITY, "互助多缴待退 " + planId, null);
    }
}
