-- Issue 16 (aid7): a gateway payment left pending past weiyuan.mutual-aid.payment-expires-after is EXPIRED by a
-- scheduled job: no ledger entry, and its shares can be paid again. A late confirmation of an expired payment is
-- still booked (the gateway took the money): the shares nobody recorded meanwhile become contributions, any
-- recorded meanwhile go to the plan's surplus account, as for a pending payment; expired_at stays as a trace.
alter table mutual_aid_payment drop constraint mutual_aid_payment_status_check;
alter table mutual_aid_payment add constraint mutual_aid_payment_status_check check (status in ('PENDING', 'PAID', 'EXPIRED'));
alter table mutual_aid_payment add column expired_at timestamptz;
create index mutual_aid_payment_pending on mutual_aid_payment (created_at) where status = 'PENDING';
