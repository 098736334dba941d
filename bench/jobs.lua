-- wrk script: each request asks for a random bench worker's top 10 jobs (as staff: 送岗到户), and
-- prints p50/p95/p99 latency at the end. `ids` and `token` are prepended by jobs-bench.sh.
request = function()
  local headers = {}
  headers["Authorization"] = "Bearer " .. token
  return wrk.format("GET", "/api/v1/jobs/workers/" .. ids[math.random(#ids)] .. "/matches?limit=10", headers)
end
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end
init = function(args)
  math.randomseed(os.time() + thread_id * 7919)
end
done = function(summary, latency, requests)
  io.write(string.format("PCT %.2f %.2f %.2f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
