-- make bench (scripts/bench): wrk's summary as one line the script reads.
-- requests per second, latency percentiles in milliseconds, and the errors:
-- status = answers that were not 2xx/3xx, socket = connect, read, write
-- errors and timeouts.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
