package org.weiyuan.unionaid;

import org.weiyuan.funding.AccountKind;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Posting;

import java.util.List;
import java.util.UUID;

/**
 * The journal entries of union-paid aid. A fund has two accounts: {@code union-fund:<id>:bank}
 * (the money held, an asset) and {@code union-fund:<id>:fund} (what the fund owes its purpose, a
 * liability). Money in debits the bank and credits the fund; aid paid debits the fund and credits
 * the bank; a transfer does both, out of one fund and into another. No entry touches another
 * account (a database trigger holds 专款专用 and refuses an overdrawn fund), so the fund's balance is
 * the credit balance of its fund account.
 */
public final class UnionAidPosting {

    private UnionAidPosting() { }

    public static Accounts.Ref fund(UUID fundId) {
        return new Accounts.Ref("union-fund:" + fundId + ":fund", AccountKind.LIABILITY, "工会帮扶资金 " + fundId, null);
    }

    public static Accounts.Ref bank(UUID fundId) {
        return new Accounts.Ref("union-fund:" + fundId + ":bank", AccountKind.ASSET, "工会帮扶资金专户 " + fundId, null);
    }

    /** Money received into a fund (an allocation, the budget, a contribution or a donation). */
    public static Posting deposit(UUID fundId, UUID depositId, long fen, String reference) {
        return Posting.transfer("UNION_FUND_DEPOSIT", "union-fund:deposit:" + depositId, null, null, "帮扶资金入账 " + reference,
                bank(fundId), fund(fundId), fen);
    }

    /** 资金划转: the money leaves one fund's bank and obligation and enters the other's, in one entry. */
    public static Posting transfer(UUID fromFundId, UUID toFundId, UUID transferId, long fen, String reference) {
        return new Posting("UNION_FUND_TRANSFER", "union-fund:transfer:" + transferId, null, null, "帮扶资金划转 " + reference,
                List.of(Posting.Line.debit(fund(fromFundId), fen), Posting.Line.credit(bank(fromFundId), fen),
                        Posting.Line.debit(bank(toFundId), fen), Posting.Line.credit(fund(toFundId), fen)));
    }

    /** One household's aid paid out of the fund (cash or the value of goods). */
    public static Posting payment(UUID fundId, UUID lineId, long fen, String reference) {
        return Posting.transfer("UNION_AID_PAID", "union-aid:line:" + lineId, null, null, "工会帮扶发放 " + reference,
                fund(fundId), bank(fundId), fen);
    }
}
