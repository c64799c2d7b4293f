-- wrk: POST the file named by PHOTO as the body, with the bearer token TOKEN, to the path given on the command line.
local f = assert(io.open(os.getenv("PHOTO"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "image/jpeg"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
