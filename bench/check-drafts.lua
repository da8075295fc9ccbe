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

function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/check", { ["Content-Type"] = "application/json" }, bodies[i])
end
