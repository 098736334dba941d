-- The audit log without its global lock: writers append rows unsealed (chain_pos, prev_hash and
-- hash null) in their own transaction; AuditSealer, one replica at a time, links committed rows
-- into the hash chain in batches. chain_pos is the order of the chain, given at sealing; seq stays
-- the order of insertion, which concurrent transactions may commit out of.
alter table audit_entry alter column prev_hash drop not null;
alter table audit_entry alter column hash drop not null;
alter table audit_entry add column chain_pos bigint;

-- Today's rows were chained in seq order under the lock: number them 1..n in that order.
update audit_entry a set chain_pos = n.pos
from (select seq, row_number() over (order by seq) as pos from audit_entry) n
where n.seq = a.seq;

alter table audit_entry add constraint audit_entry_sealed_whole
    check ((chain_pos is null and prev_hash is null and hash is null)
        or (chain_pos is not null and prev_hash is not null and hash is not null));
create unique index audit_entry_chain_pos on audit_entry (chain_pos);
create index audit_entry_unsealed on audit_entry (seq) where chain_pos is null;

-- One row per sealed batch: the chain's head after it. Verification compares the chain's end with
-- the last seal, so deleting sealed entries at the end is caught too; the daily signed checkpoint
-- (AuditCheckpoints) anchors the head outside the database.
create table audit_seal (
    batch      bigint generated always as identity primary key,
    first_pos  bigint      not null,
    last_pos   bigint      not null,
    head_hash  char(64)    not null,
    entries    integer     not null,
    sealed_at  timestamptz not null,
    oldest_occurred_at timestamptz
);

insert into audit_seal (first_pos, last_pos, head_hash, entries, sealed_at, oldest_occurred_at)
select 1, e.chain_pos, e.hash, e.chain_pos, now(), null
from audit_entry e where e.chain_pos = (select max(chain_pos) from audit_entry);
