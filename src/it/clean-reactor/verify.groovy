// Checks the results of the three builds of the clean reactor.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/cleave')

assert log.contains('BUILD SUCCESS')
assert log.count('Cleave: 0 new violations of the 2 services in cleave.yaml') == 1
assert new File(report, 'index.html').isFile()
assert new File(report, 'analysis.json').isFile()
def sarif = new groovy.json.JsonSlurper().parse(new File(report, 'cleave.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert log.contains('Cleave: 4 classes, 2 services declared')
assert log.contains('cleave:check')
assert !new File(basedir, 'catalog/target/cleave').exists()
true
