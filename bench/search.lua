-- wrk: rotate through searches for words of the sample speech (and one word it lacks), and
-- report the 95th percentile that wrk's --latency table leaves out.
local queries = {
  "%E8%A7%86%E9%87%8E",                         -- 视野
  "%E6%95%B4%E6%94%B9",                         -- 整改
  "%E8%84%B1%E8%B4%AB%E6%94%BB%E5%9D%9A",       -- 脱贫攻坚
  "%E6%80%9D%E6%83%B3%E5%BC%95%E9%A2%86",       -- 思想引领
  "%E4%BA%BA%E6%B0%91%E7%BE%A4%E4%BC%97",       -- 人民群众
  "%E5%8C%BA%E5%9D%97%E9%93%BE",                -- 区块链 (absent)
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/search?limit=20&q=" .. queries[(n % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
