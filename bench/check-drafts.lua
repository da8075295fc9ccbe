-- wrk script: POST /api/check with the dev set's drafts in turn, each at a stage from a fixed
-- cycle, so the server reviews varied text rather than one cached string.
-- Used by bench/web-load.sh; reads the bodies from the file named by CHECK_BODIES.
local bodies = {}
local i = 0

function init(args)
  local f = assert(io.open(os.getenv("CHECK_BODIES"), "r"))
  for line in f:lines() do
    bodies[#bodies + 1] = line
  end
  f:close()
  i = math.random(#bodies)
end

-- wrk.format takes the headers it is given instead of the -H ones, so carry those over.
local headers = {}

function setup(thread)
end

function request()
  if headers["Content-Type"] == nil then
    for k, v in pairs(wrk.headers) do headers[k] = v end
    headers["Content-Type"] = "application/json"
  end
  i = i % #bodies + 1
  return wrk.format("POST", "/api/check", headers, bodies[i])
end

-- Count what was not a 200, so a run of refusals is never mistaken for speed.
local refused = 0
function response(status, headers, body)
  if status ~= 200 then refused = refused + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d of %d\n", summary.errors.status, summary.requests))
end
