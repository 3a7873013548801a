// Checks that the baseline accepts the old violation and that the new one fails the build.
def log = new File(basedir, 'build.log').text

assert log.contains('Cleave: 0 new violations of the 3 services in cleave.yaml; the baseline accepts 1 more')
assert log.count('BUILD SUCCESS') == 1
assert log.contains('[ERROR] orders/src/main/java/com/example/orders/Refunds.java:8: forbidden-dependency:')
assert !log.contains('[ERROR] orders/src/main/java/com/example/orders/Billing.java')
assert log.contains('Cleave: 1 new violation of the 3 services in cleave.yaml; the baseline accepts 1 more')
assert log.contains('BUILD FAILURE')
true
