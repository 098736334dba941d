-- Dashboards (统计报表): indexes for the aggregate queries of org.weiyuan.stats, so each chart
-- answers from an index with 200,000 households. Numbered well ahead of other features' migrations.

-- Households counted by unit and one dimension: an index-only scan carries every grouped column.
create index household_stats on household (unit_id) include (status, category, severity, exit_reason, causes);
-- New files per month: a time range first, then the unit.
create index household_created on household (created_at) include (unit_id);
-- Approvals and exits per month come from the audit log's household transitions.
create index audit_entry_household_transitions on audit_entry (action, occurred_at) include (entity_id)
    where entity_type = 'household';
-- Wishes by state and age, per unit.
create index wish_stats on wish (unit_id) include (status, created_at, campaign_id);
-- Money per wish: a wish's escrow account, then its journal lines (journal_line_account exists).
create index ledger_account_wish on ledger_account (wish_id) where wish_id is not null;
create index journal_line_account_amounts on journal_line (account_id) include (entry_id, debit_fen, credit_fen);
-- Pledges still held for payment, per wish.
create index pledge_held_wish on pledge (wish_id) include (amount_fen) where status = 'HELD';
-- Unmet service demand: waiting orders per unit.
create index service_order_waiting_unit on service_order (unit_id) include (category, district) where status = 'WAITING';
-- Staff work lists exported by scope: wishes waiting for vetting, disbursements waiting for a second approver.
create index wish_vetting on wish (unit_id, created_at) where status in ('SUBMITTED', 'NEEDS_INFO');
create index disbursement_pending on disbursement (created_at) where status = 'PENDING_APPROVAL';
