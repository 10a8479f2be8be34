import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Every rule of the catalog fires on its triggering example exactly at the `⟪!⟫` marker,
/// and stays quiet on its passing example. A rule whose example is missing or wrong fails here.
@Suite struct RuleExampleTests {
    /// An example's files without markers, and where the marker was.
    struct Run {
        var files: [String: String] = [:]
        var paths: [String] = []
        var marker: ISOPlanKit.SourceLocation?

        init(_ e: RuleExample) {
            for f in e.files {
                paths.append(f.path)
                guard let text = f.fullText else {
                    if marker == nil { marker = ISOPlanKit.SourceLocation(file: f.path, line: 1, column: 1) }
                    continue
                }
                let m = MarkedYAML(text)
                if text.contains(RuleExample.marker) { marker = ISOPlanKit.SourceLocation(file: f.path, line: m.line, column: m.column) }
                files[f.path] = m.text
            }
        }

        func check(_ e: RuleExample) -> [Diagnostic] {
            Checker.check(paths, fs: MemoryFileSource(files), asOf: e.asOf ?? RuleExample.defaultAsOf,
                          today: RuleExample.defaultAsOf).diagnostics
        }
    }

    @Test(arguments: RuleCatalog.all.map(\.id.raw))
    func ruleFiresExactlyAtTheMarker(_ id: String) throws {
        let rule = try #require(RuleCatalog.all.first { $0.id.raw == id })
        let run = Run(rule.triggering)
        let marker = try #require(run.marker, "\(id): the triggering example has no ⟪!⟫ marker")
        let d = run.check(rule.triggering)
        let hits = d.filter { $0.rule == rule.id }
        #expect(!hits.isEmpty, "\(id) did not fire; got \(d.map { "\($0.rule):\($0.location?.line ?? 0)" })")
        for hit in hits {
            // A rule across files (a shared agency id) fires at the same place in each file.
            let place = hit.location.map { ($0.line, $0.column) }
            #expect(hit.location == marker || (place.map { $0 == (marker.line, marker.column) } ?? false),
                    "\(id) at \(hit.location?.description ?? "-"), expected \(marker)")
            #expect(hit.severity == rule.severity)
        }
        #expect(d.allSatisfy { RuleCatalog.rule($0.rule) != nil })
    }

    @Test(arguments: RuleCatalog.all.map(\.id.raw))
    func ruleIsQuietOnThePassingExample(_ id: String) throws {
        let rule = try #require(RuleCatalog.all.first { $0.id.raw == id })
        let run = Run(rule.passing)
        #expect(run.marker == nil && !rule.passing.files.isEmpty, "\(id): the passing example has a marker or no file")
        let d = run.check(rule.passing)
        #expect(!d.contains { $0.rule == rule.id }, "\(id) fired on its passing example: \(d.map(\.message))")
    }

    @Test func everyRuleHasItsOwnTriggeringExample() {
        for r in RuleCatalog.all {
            let marked = r.triggering.files.filter { $0.fullText?.contains(RuleExample.marker) ?? true }
            #expect(marked.count == 1, "\(r.id): \(marked.count) marked files in the triggering example")
        }
        #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count)
    }
}
