def log = new File(basedir, "build.log").text
assert log.contains("NOT_RENEWED VOTED_DOWN")
return true
