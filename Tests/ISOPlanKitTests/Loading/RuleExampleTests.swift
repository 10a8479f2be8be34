import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Every rule of the catalog fires on its triggering example exactly at the `⟪!⟫` markers
/// (one in each file where it fires), and stays quiet on its passing example. A rule whose
/// example is missing or wrong fails here.
@Suite struct RuleExampleTests {
    /// An example's files without markers, and where the markers were (a path that does not
    /// exist is marked at its start).
    struct Run {
        var files: [String: String] = [:]
        var paths: [String] = []
        var markers: Set<ISOPlanKit.SourceLocation> = []

        init(_ e: RuleExample) {
            for f in e.files {
                paths.append(f.path)
                guard let text = f.fullText else {
                    markers.insert(ISOPlanKit.SourceLocation(file: f.path, line: 1, column: 1))
                    continue
                }
                let m = MarkedYAML(text)
                if text.contains(RuleExample.marker) { markers.insert(ISOPlanKit.SourceLocation(file: f.path, line: m.line, column: m.column)) }
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
        #expect(!run.markers.isEmpty, "\(id): the triggering example has no ⟪!⟫ marker")
        let d = run.check(rule.triggering)
        let hits = d.filter { $0.rule == rule.id }
        #expect(!hits.isEmpty, "\(id) did not fire; got \(d.map { "\($0.rule):\($0.location?.line ?? 0)" })")
        // Every marker is hit, and every hit is at a marker (once in each file it marks).
        #expect(hits.compactMap(\.location).sorted() == run.markers.sorted(),
                "\(id) at \(hits.map { $0.location?.description ?? "-" }), expected \(run.markers.map(\.description).sorted())")
        for hit in hits { #expect(hit.severity == rule.severity) }
        #expect(d.allSatisfy { RuleCatalog.rule($0.rule) != nil })
    }

    @Test(arguments: RuleCatalog.all.map(\.id.raw))
    func ruleIsQuietOnThePassingExample(_ id: String) throws {
        let rule = try #require(RuleCatalog.all.first { $0.id.raw == id })
        let run = Run(rule.passing)
        #expect(run.markers.isEmpty && !rule.passing.files.isEmpty, "\(id): the passing example has a marker or no file")
        let d = run.check(rule.passing)
        #expect(!d.contains { $0.rule == rule.id }, "\(id) fired on its passing example: \(d.map(\.message))")
    }

    @Test func everyRuleHasItsOwnTriggeringExample() {
        for r in RuleCatalog.all {
            let marked = r.triggering.files.filter { $0.fullText?.contains(RuleExample.marker) ?? true }
            #expect(!marked.isEmpty, "\(r.id): no marked file in the triggering example")
        }
        #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count)
    }
}
