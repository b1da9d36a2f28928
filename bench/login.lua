-- wrk: each request logs in one of the 64 bench users (bench01..bench64) in turn, so that no
-- account has more than one attempt in flight (the throttle counts attempts before it
-- evaluates them).
local n = 0
request = function()
  n = n % 64 + 1
  local body = string.format('{"username": "bench%02d", "password": "bench admin passphrase"}', n)
  return wrk.format("POST", "/api/v1/auth/login", {["content-type"] = "application/json"}, body)
end
