-- One public form, flooded: every request a POST of FLOOD_FIELDS fields ("f=1&", 4 bytes each)
-- to FLOOD_PATH, with a CSRF cookie and its token, as a script that read the form would send.
local fields = tonumber(os.getenv("FLOOD_FIELDS") or "16000")
wrk.method = "POST"
wrk.path = os.getenv("FLOOD_PATH") or "/info/1"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "tremplin_csrf=flood"
wrk.body = "csrf_token=flood&" .. string.rep("f=1&", fields)
