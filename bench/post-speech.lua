-- wrk: each request records a speech in one of the bench meetings, chosen at random, so
-- that writers contend the way many secretaries would, not all on one meeting's lock.
local body = '{"speaker_id": "00000000-0000-7000-8001-000000000003", "kind": "comment", "content": "同意以上发言。一、要加强理论学习。二、要抓好整改落实。"}'
request = function()
  local n = math.random(1, 1000)
  local path = string.format("/api/v1/meetings/00000000-0000-7000-8002-%012d/speeches", n)
  return wrk.format("POST", path, nil, body)
end
