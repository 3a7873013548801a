// Checks that cleave.skip skips the check and that the check names the forbidden dependency.
def log = new File(basedir, 'build.log').text
def violation = 'orders/src/main/java/com/example/orders/Billing.java:7: forbidden-dependency:' +
    ' service orders may not depend on service payments: com.example.orders.Billing uses' +
    ' com.example.payments.PaymentGateway'

assert log.count('Cleave is skipped (cleave.skip is true)') == 1
assert log.count('BUILD SUCCESS') == 1
assert log.contains('[ERROR] ' + violation)
assert log.contains('Cleave: 1 new violation of the boundaries declared in cleave.yaml, the first: ' + violation)
assert log.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cleave/cleave.sarif'))
def result = sarif.runs[0].results[0]
assert sarif.runs[0].results.size() == 1
assert result.ruleId == 'forbidden-dependency'
assert sarif.runs[0].tool.driver.rules[result.ruleIndex].id == 'forbidden-dependency'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'orders/src/main/java/com/example/orders/Billing.java'
assert result.locations[0].physicalLocation.region.startLine == 7
true
