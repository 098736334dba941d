-- wrk script: each request pledges 1 yuan to one of the bench wishes in `ids`, with a fresh
-- Idempotency-Key. `ids` and `token` are prepended by the bench script (wishes-bench.sh: one
-- donor). province-bench.sh prepends `tokens` instead (many donors' Keycloak tokens: each pledge
-- is the next donor's, in turn) and `pay = true`: the donor then pays each created pledge on the
-- sandbox checkout its answer names, so the pledge is paid (and matched) through the real path.
-- Paying needs the answer to the connection's own request: run wrk with one connection a thread
-- (-tN -cN) when `pay` is set.
local counter = 0
local pending = nil   -- the checkout to pay next: { url, token }
local last_token = nil
local last_kind = nil
request = function()
  if pending ~= nil then
    local p = pending
    pending = nil
    last_kind = "checkout"
    local headers = {}
    headers["Authorization"] = "Bearer " .. p.token
    return wrk.format("POST", p.url, headers, "")
  end
  counter = counter + 1
  local id = ids[math.random(#ids)]
  local t = token
  if tokens ~= nil then
    -- the donors in turn, each thread starting elsewhere in the list
    t = tokens[(thread_id * 37 + counter) % #tokens + 1]
  end
  last_token = t
  last_kind = "pledge"
  local headers = {}
  headers["Authorization"] = "Bearer " .. t
  headers["Content-Type"] = "application/json"
  -- unique per thread and request: two threads must never send the same key for one donor
  headers["Idempotency-Key"] = "bench-" .. run .. "-" .. thread_id .. "-" .. counter
  return wrk.format("POST", "/api/v1/wishes/" .. id .. "/pledges", headers, '{"amountFen":100}')
end

-- count answers by status (pledges and checkouts apart), per thread, and print them at the end
local threads = {}
local run = tostring(os.time())
setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
  thread:set("run", run)
end
init = function(args)
  statuses = {}
  checkouts = {}
  math.randomseed(os.time() + thread_id * 7919)
end
response = function(status, headers, body)
  if last_kind == "checkout" then
    checkouts[status] = (checkouts[status] or 0) + 1
    return
  end
  statuses[status] = (statuses[status] or 0) + 1
  if pay and status == 201 and body ~= nil then
    local url = string.match(body, '"checkoutUrl"%s*:%s*"([^"]+)"')
    if url ~= nil then pending = { url = url, token = last_token } end
  end
end
done = function(summary, latency, requests)
  local total, paid = {}, {}
  for _, t in ipairs(threads) do
    for s, c in pairs(t:get("statuses")) do total[s] = (total[s] or 0) + c end
    for s, c in pairs(t:get("checkouts")) do paid[s] = (paid[s] or 0) + c end
  end
  for s, c in pairs(total) do io.write(string.format("status %d: %d\n", s, c)) end
  for s, c in pairs(paid) do io.write(string.format("checkout %d: %d\n", s, c)) end
end
