// Error Prone rejected both ignored casts, and only them: the cast whose result is used compiles.
def log = new File(basedir, "build.log").text
def errors = (log =~ /IgnoredCast\.java:\[(\d+),\d+\] \[CheckReturnValue\]/).collect { it[1] }.unique()
assert errors == ["18", "19"] : "CheckReturnValue errors on lines " + errors
assert log.contains("The result of `cast(...)` must be used")
return true
