-- 工会已入户核实 on the donor card: the date of the home visit after which the household's file was
-- approved, copied onto the wish when it is made (like district and category: the feed never reads the file).
alter table wish add column verified_on date;

-- wishes made before: the latest visit of the cycle their household was approved in, if it is approved
update wish w set verified_on = (
    select max(v.visited_on) from household_verification v join household h on h.id = v.household_id
     where h.id = w.household_id and v.review_cycle = h.review_cycle and h.approved_at is not null
       and h.status = 'APPROVED');
