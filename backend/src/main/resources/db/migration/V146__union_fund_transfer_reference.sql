-- A transfer's reference is its 划拨单号: one per source fund. A client that retries a transfer after a
-- timeout (no answer, the transfer done) gets 409 instead of moving the money twice.
create unique index union_fund_transfer_once on union_fund_transfer (from_fund_id, reference);
