-- wrk script: each request pledges 1 yuan to one of the first 1000 bench wishes, with a fresh
-- Idempotency-Key. `ids` and `token` are prepended by wishes-bench.sh.
local counter = 0
request = function()
  counter = counter + 1
  local id = ids[math.random(#ids)]
  local headers = {}
  headers["Authorization"] = "Bearer " .. token
  headers["Content-Type"] = "application/json"
  -- unique per thread and request: two threads must never send the same key for one donor
  headers["Idempotency-Key"] = "bench-" .. run .. "-" .. thread_id .. "-" .. counter
  return wrk.format("POST", "/api/v1/wishes/" .. id .. "/pledges", headers, '{"amountFen":100}')
end

-- count answers by status, per thread, and print them at the end
local threads = {}
local run = tostring(os.time())
setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
  thread:set("run", run)
end
init = function(args)
  statuses = {}
  math.randomseed(os.time() + thread_id * 7919)
end
response = function(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for s, c in pairs(t:get("statuses")) do total[s] = (total[s] or 0) + c end
  end
  for s, c in pairs(total) do io.write(string.format("status %d: %d\n", s, c)) end
end
