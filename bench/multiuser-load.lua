-- wrk script for bench/multiuser-load.sh: every request as a random one of many logged-in people.
-- SESSIONS: a file of "TOKEN CSRF" lines; METHOD: GET or POST; the path comes from the URL given to wrk.
local sessions = {}
local method = os.getenv("METHOD") or "GET"
local body = '{"kind":"reply","at":"2026-11-20"}'

function init(args)
  for line in io.lines(os.getenv("SESSIONS")) do
    local token, csrf = line:match("^(%S+)%s+(%S+)$")
    if token then sessions[#sessions + 1] = { token, csrf } end
  end
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  local s = sessions[math.random(#sessions)]
  local headers = { ["Cookie"] = "rekindle_session=" .. s[1], ["X-CSRF-Token"] = s[2] }
  if method == "POST" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", nil, headers, body)
  end
  return wrk.format("GET", nil, headers, nil)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d of %d; p99 %.1f ms\n",
    summary.errors.status, summary.requests, latency:percentile(99) / 1000))
end
