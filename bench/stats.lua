-- wrk script for one dashboard endpoint: the bearer token is prepended by stats-bench.sh.
-- Prints p50/p95/p99 in milliseconds and the request rate, on one line, for the report.
wrk.headers["Authorization"] = "Bearer " .. token
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.1f non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status))
end
