package org.weiyuan.funding;

import java.util.List;
import java.util.UUID;

/**
 * One balanced journal entry before it is written: every line is one-sided and positive, and the
 * debits equal the credits. Plain Java, so the rule is tested without a database.
 */
public record Posting(String kind, String externalRef, UUID wishId, UUID pledgeId, String memo, List<Line> lines) {

    public record Line(Accounts.Ref account, long debitFen, long creditFen) {
        public static Line debit(Accounts.Ref account, long fen) {
            return new Line(account, fen, 0);
        }

        public static Line credit(Accounts.Ref account, long fen) {
            return new Line(account, 0, fen);
        }
    }

    public Posting {
        if (lines == null || lines.size() < 2) {
            throw new IllegalArgumentException("a journal entry has at least two lines");
        }
        long debits = 0;
        long credits = 0;
        for (Line l : lines) {
            if (l.debitFen() < 0 || l.creditFen() < 0 || (l.debitFen() == 0) == (l.creditFen() == 0)) {
                throw new IllegalArgumentException("each line is either a positive debit or a positive credit: " + l);
            }
            debits = Math.addExact(debits, l.debitFen());
            credits = Math.addExact(credits, l.creditFen());
        }
        if (debits != credits) {
            throw new IllegalArgumentException("unbalanced entry: debits " + debits + " ≠ credits " + credits);
        }
        lines = List.copyOf(lines);
    }

    /** The common case: one amount from one account to another. */
    public static Posting transfer(String kind, String externalRef, UUID wishId, UUID pledgeId, String memo,
                                   Accounts.Ref debit, Accounts.Ref credit, long fen) {
        return new Posting(kind, externalRef, wishId, pledgeId, memo, List.of(Line.debit(debit, fen), Line.credit(credit, fen)));
    }
}
