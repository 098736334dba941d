package org.weiyuan.funding;

/** Kinds of ledger account, seen from the platform as custodian of donated money. */
public enum AccountKind {
    /** Money the platform holds at a gateway or bank (清算户). Debit-normal. */
    ASSET,
    /** Money owed onward: to a wish, a donor, a campaign fund (托管户). Credit-normal. */
    LIABILITY
}
