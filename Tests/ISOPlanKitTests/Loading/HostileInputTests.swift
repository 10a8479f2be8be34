import Testing
@testable import ISOPlanKit

/// Broken and hostile files get a located diagnostic, never a crash or a hang.
@Suite struct HostileInputTests {
    func rules(_ bytes: [UInt8]) -> [String] {
        PlanLoader.loadPlan(bytes, file: "x.yaml").diagnostics.map(\.rule.raw)
    }

    func first(_ bytes: [UInt8]) -> Diagnostic? {
        PlanLoader.loadPlan(bytes, file: "x.yaml").diagnostics.first
    }

    @Test func invalidUTF8() {
        let d = first(Array("version: 1\nagency: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8))
        #expect(d?.rule.raw == "yaml-syntax")
        #expect(d?.location?.line == 2)
        #expect(d?.message.contains("UTF-8") == true)
    }

    /// libyaml's reader names the problem in English; the Vietnamese message says it in Vietnamese.
    @Test func notTextIsSaidInTheLanguageAsked() {
        let control = first(Array("version: 1\nname: a".utf8) + [0x7F] + Array("b\n".utf8))
        #expect(control?.message(in: .en).contains("(control characters are not allowed (U+007F))") == true)
        #expect(control?.message(in: .vi).contains("(không được dùng ký tự điều khiển (U+007F))") == true)
        let bad = first(Array("version: 1\nagency: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8))
        #expect(bad?.message(in: .vi).contains("byte đầu của một ký tự UTF-8 không hợp lệ") == true)
    }

    @Test func nulByte() {
        let d = first(Array("version: 1\nname: a".utf8) + [0] + Array("b\n".utf8))
        #expect(d?.rule.raw == "yaml-syntax")
        #expect(d?.location?.line == 2 && d?.location?.column == 8)
    }

    @Test func emptyAndBlankFiles() {
        #expect(rules([]) == ["empty-file"])
        #expect(rules(Array("\n\n# only a comment\n".utf8)) == ["empty-file"])
    }

    @Test func listOrScalarInsteadOfMapping() {
        #expect(rules(Array("- a\n- b\n".utf8)) == ["not-a-mapping"])
        #expect(rules(Array("just text\n".utf8)) == ["not-a-mapping"])
    }

    @Test func severalDocuments() {
        let d = first(Array("version: 1\n---\nversion: 1\n".utf8))
        #expect(d?.rule.raw == "yaml-multiple-documents")
        #expect(d?.location?.line == 2)
    }

    @Test func tabsInIndentation() {
        let d = first(Array("version: 1\nagency:\n\tid: x\n".utf8))
        #expect(d?.rule.raw == "yaml-syntax")
        #expect(d?.location?.line == 3)
    }

    @Test func aliasesAreRefusedSoABombCostsNothing() {
        var bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
        var prev = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
            prev = name
        }
        let r = rules(Array(bomb.utf8))
        #expect(r.contains("yaml-alias"))
        #expect(r.count <= 4)
    }

    @Test func deepNestingStopsAtTheBound() {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let d = first(deep)
        #expect(d?.rule.raw == "yaml-too-deep")
        #expect(d?.location?.column == YAMLReader.maxDepth + 1)
        let deepMaps = String(repeating: "{a: ", count: 100_000)
        #expect(rules(Array(deepMaps.utf8)) == ["yaml-too-deep"])
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: YAMLReader.maxFileSize + 1)
        #expect(rules(big) == ["file-too-large"])
    }

    @Test func complexKeysAndDeepValuesDoNotCrash() {
        #expect(rules(Array("? [a, b]\n: c\n".utf8)).contains("yaml-complex-key"))
        #expect(!rules(Array("version: {a: [1, {b: c}]}\n".utf8)).isEmpty)
    }

    @Test func arbitraryBytesNeverCrash() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(seed % 200) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 56) % 128)
            }
            let f = PlanLoader.loadPlan(bytes, file: "fuzz.yaml")
            #expect(f.plan != nil || f.diagnostics.hasErrors)
            #expect(f.diagnostics.allSatisfy { $0.location?.file == "fuzz.yaml" && $0.location!.line >= 1 })
        }
    }
}

/// Files with huge numbers of problems stay linear and report a bounded list.
@Suite struct ManyProblemsTests {
    @Test func thousandsOfUnknownKeysAreCappedAndCounted() {
        let text = "version: 1\n" + (0..<5000).map { "k\($0): \($0)\n" }.joined() + "k1: again\n"
        let d = PlanLoader.loadPlan(text, file: "k.yaml").diagnostics
        #expect(d.count == PlanLoader.maxDiagnosticsPerFile + 1)
        let last = d.last!
        #expect(last.rule.raw == "too-many-diagnostics")
        #expect(last.severity == .error)
        #expect(last.message.hasPrefix("\(5000 + 5 + 1 - PlanLoader.maxDiagnosticsPerFile) more problems"))
    }

    @Test func unknownPredecessorsGetHintsOnlyWhileTheBudgetLasts() {
        let tasks = (0..<200).map { "  - {id: t\($0), title: x, duration: 1, start: 2019-01-07, after: [t\($0)x]}\n" }.joined()
        let d = PlanLoader.loadPlan("version: 1\ntasks:\n" + tasks, file: "t.yaml").diagnostics
            .filter { $0.rule.raw == "unknown-predecessor" }
        #expect(d.count == 200)
        #expect(d.filter { $0.message.contains("did you mean") }.count == Suggestion.hintBudget)
    }
}
