-- wrk: each request records a rectification item of the bench branch, owned by one of its
-- 20 people at random.
request = function()
  local owner = string.format("00000000-0000-7000-8001-%012d", math.random(1, 20))
  local body = '{"org_unit_id": "00000000-0000-7000-8000-000000000002", "problem": "理论学习不够深入", '
    .. '"measure": "每月精读一篇原文并交流心得", "owner_id": "' .. owner .. '", "due_on": "2027-06-30"}'
  return wrk.format("POST", "/api/v1/rectification-items", nil, body)
end
