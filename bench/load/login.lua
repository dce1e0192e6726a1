-- make bench's login load (scripts/bench load): every request is a real
-- POST /logga-in with the right password (Argon2 verified each time) and a
-- matching double-submit token; the answer is 303 to /hem with a new
-- session. JAMT_BENCH_LOGIN_BODY holds the url-encoded form fields.
wrk.method = "POST"
wrk.body = "login_token=bench-load&" .. os.getenv("JAMT_BENCH_LOGIN_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "jamt_login=bench-load"
