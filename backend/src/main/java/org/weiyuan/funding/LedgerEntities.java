package org.weiyuan.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Rows of the double-entry ledger. Entries and lines are insert-only (a trigger refuses changes). */
public final class LedgerEntities {

    private LedgerEntities() { }

    @Entity(name = "LedgerAccount")
    @Table(name = "ledger_account")
    public static class LedgerAccount {
        @Id
        public UUID id;
        public String code;
        @Enumerated(EnumType.STRING)
        public AccountKind kind;
        public String name;
        public UUID wishId;
    }

    @Entity(name = "JournalEntry")
    @Table(name = "journal_entry")
    public static class JournalEntry {
        @Id
        public UUID id;
        public Instant occurredAt;
        public String kind;
        public UUID wishId;
        public UUID pledgeId;
        public String externalRef;
        public String memo;
    }

    @Entity(name = "JournalLine")
    @Table(name = "journal_line")
    public static class JournalLine {
        @Id
        public UUID id;
        public UUID entryId;
        public UUID accountId;
        public long debitFen;
        public long creditFen;
    }
}
