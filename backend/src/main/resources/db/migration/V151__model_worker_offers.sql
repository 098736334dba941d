-- Issue 15 (branch prog5): partner discounts for model workers (劳模优惠, seed 004 "八分八有").
-- A model worker's archive may name their platform account, so they can see and use their offers.
alter table model_worker add column account_subject uuid;
create unique index model_worker_account on model_worker (account_subject) where account_subject is not null;

-- An offer may be for model workers of at least one honour level, with a list price and its discount
-- as data: a percentage (the existing discount_pct) or a fixed amount in fen, never both.
alter table service_offer drop constraint service_offer_eligibility_check;
alter table service_offer
    add constraint service_offer_eligibility_check
        check (eligibility in ('ANY_WORKER', 'FILED_HOUSEHOLD', 'APPROVED_HOUSEHOLD', 'MODEL_WORKER')),
    add column model_worker_level varchar(12) check (model_worker_level in ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT')),
    add column price_fen bigint check (price_fen > 0),
    add column discount_fen bigint check (discount_fen > 0),
    add constraint service_offer_model_worker check ((eligibility = 'MODEL_WORKER') = (model_worker_level is not null)),
    add constraint service_offer_one_discount check (discount_pct is null or discount_fen is null),
    add constraint service_offer_model_worker_terms
        check (eligibility <> 'MODEL_WORKER' or (price_fen is not null and (discount_pct is not null or discount_fen is not null))),
    add constraint service_offer_fixed_within_price check (discount_fen is null or (price_fen is not null and discount_fen <= price_fen));

-- The discount applied when a model worker's order is booked, recorded on the order (what they pay = list − discount).
alter table service_order
    add column model_worker_id uuid references model_worker (id),
    add column list_price_fen bigint,
    add column discount_fen bigint,
    add column pay_fen bigint,
    add constraint service_order_discount check (
        (model_worker_id is null and list_price_fen is null and discount_fen is null and pay_fen is null)
        or (model_worker_id is not null and list_price_fen > 0 and discount_fen between 0 and list_price_fen
            and pay_fen = list_price_fen - discount_fen));
create index service_order_model_worker on service_order (model_worker_id) where model_worker_id is not null;
