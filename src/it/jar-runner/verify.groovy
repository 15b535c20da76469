// java -jar pars-renewal-VERSION.jar: --version, then a ballot decided as the README shows.
def log = new File(basedir, "build.log").text
assert log =~ /(?m)^pars-renewal \d+\.\d+\.\d+(-SNAPSHOT)? \(docs\/RULE\.md \d+\.\d+\)$/
assert log.contains("Outcome: NOT_RENEWED (voted down)")
return true
