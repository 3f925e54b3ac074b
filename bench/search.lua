-- wrk script: the search API with queries a coordinator types (names without accents,
-- the start of a phone number or an e-mail address), one picked at random per request.
local queries = {
  "fat", "helene", "diallo", "el am", "ana popa", "imane", "0470", "0491 2", "yilmaz", "nadia b",
  "grace", "kabongo", "sophie", "peeters", "ayse", "mariama", "salma ou", "julie.", "kow", "rania"
}
math.randomseed(42)

request = function()
  local q = queries[math.random(#queries)]
  return wrk.format("GET", "/api/v1/participants?limit=20&q=" .. q:gsub(" ", "+"))
end
