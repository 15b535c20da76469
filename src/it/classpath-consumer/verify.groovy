def log = new File(basedir, "build.log").text
assert log.contains("NOT_RENEWED VOTED_DOWN")
assert log.contains('"outcome":"NOT_RENEWED","reason":"VOTED_DOWN"')
assert log.contains("schema in the jar: true")
return true
