import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The loader's fast paths give the answers of the plain forms they replace.
@Suite struct FastPathTests {
    /// `ClauseRules.isBlank` is `trimmingCharacters(in: .whitespaces).isEmpty`: on every
    /// character of the Basic Multilingual Plane alone (against the set itself, which is what
    /// trimming removes), and on mixed texts.
    @Test func blankAgreesWithFoundation() {
        let whitespaces = CharacterSet.whitespaces
        var differ: [String] = []
        for v in 0...0xFFFF {
            guard let u = Unicode.Scalar(v), ClauseRules.isBlank(String(u)) != whitespaces.contains(u) else { continue }
            differ.append("U+" + String(v, radix: 16))
        }
        #expect(differ.isEmpty, "\(differ)")
        let texts = ["", " ", "\t", "  \t ", "\n", " \n ", "\r", "a", " a ", "\u{00A0}", "\u{3000}", "\u{2003}\u{2009}",
                     "\u{200B}", " \u{200B}\t", "\u{FEFF}", " \u{301}", "\u{85}", "\u{2028}", "\u{180E}", "lý do", "\u{1680}x"]
        for text in texts {
            #expect(ClauseRules.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty,
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Keys are found by their packed bytes exactly as by comparing them, at every length
    /// around the 8 and 16 bytes a word holds, and never for a prefix or an extension.
    @Test func keyTableMatchesBytes() {
        let names = ["a", "id", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
                     "abcdefghijklmnopqr", "done_on", "status_date", "tên", ""]
        let table = KeyTable(names)
        var probes = names + ["b", "i", "ida", "abcdefgi", "abcdefghj", "abcdefghijklmnoq", "abcdefghijklmnopz",
                              "abcdefghijklmnopqrs", "abcdefghijklmnopqX", "ten", "tên ", "done_o", "\0"]
        probes += names.map { $0 + "\0" }
        for probe in probes {
            let expected = names.firstIndex(of: probe)
            let found = Array(probe.utf8).withUnsafeBufferPointer { table.slot(of: $0) }
            #expect(found == expected, "\(probe)")
        }
    }

    /// Clause ids are found by their packed bytes exactly as in a `Set`.
    @Test func packedSetMatchesSet() {
        let members: Set<String> = ["4.1", "6.1.2", "7.1.5.1", "10.2", "10.2.1", "a-very-long-member-id", "8"]
        let packed = ClauseRules.PackedSet(members)
        let probes = members.union(["4", "4.", "4.1.", "6.1", "7.1.5.2", "10.2.10", "a-very-long-member-iD",
                                    "a-very-long-member-id-too", "", "８", "10.2\0", "0.1"])
        for probe in probes {
            #expect(packed.contains(probe) == members.contains(probe), "\(probe)")
        }
    }

    /// A location compares, hashes and prints by its file's path, however the path was given.
    @Test func locationsByPath() {
        let a = SourceLocation(file: "plans/a.yaml", line: 3, column: 5)
        let same = SourceLocation(file: String("plans/a.yaml".reversed().reversed()), line: 3, column: 5)
        let b = SourceLocation(file: "plans/b.yaml", line: 1, column: 1)
        #expect(a == same && a.hashValue == same.hashValue)
        #expect(a < b && !(b < a))
        #expect(SourceLocation(file: "plans/a.yaml", line: 3, column: 4) < a)
        #expect(a.description == "plans/a.yaml:3:5")
        // Two spellings `String` deems equal stay two names, yet equal locations, as before.
        let composed = SourceLocation(file: "kế-hoạch.yaml", line: 1, column: 1)
        let decomposed = SourceLocation(file: "ke\u{302}\u{301}-hoa\u{323}ch.yaml", line: 1, column: 1)
        #expect(Array(composed.file.utf8) != Array(decomposed.file.utf8))
        #expect(Array(decomposed.file.utf8) == Array("ke\u{302}\u{301}-hoa\u{323}ch.yaml".utf8))
        #expect(composed == decomposed && composed.hashValue == decomposed.hashValue)
        #expect(!(composed < decomposed) && !(decomposed < composed))
        var moved = a
        moved.file = "plans/b.yaml"
        #expect(moved.file == "plans/b.yaml" && moved.line == 3)
    }

    /// A dump (`isoplan-bench dump`, which `bench/compare-builds.sh` compares between builds)
    /// shows a location's path, line and column, not the shared name object behind it.
    @Test func locationsDumpAsPathLineColumn() {
        var text = ""
        dump(Located(7, at: SourceLocation(file: "plans/a.yaml", line: 3, column: 5)), to: &text)
        #expect(text.contains("- file: \"plans/a.yaml\"\n"))
        #expect(text.contains("- line: 3\n") && text.contains("- column: 5\n"))
        #expect(!text.contains("FileName"))
    }

    /// `check`'s overdue rule reads a run's placed tasks instead of a whole schedule: the same
    /// tasks, planned ends and progress as the schedule's, on every sample and fixture plan,
    /// at two evaluation dates.
    @Test func placedTasksAreTheSchedulesTasks() throws {
        var plans = 0
        for folder in ["plans", "Tests/ISOPlanKitTests/Fixtures", "Tests/ISOPlanCLITests/Fixtures"] {
            let root = PackageRoot.path(folder)
            let walker = FileManager.default.enumerator(atPath: root)
            while let name = walker?.nextObject() as? String {
                guard name.hasSuffix(".yaml"), let plan = PlanLoader.load(root + "/" + name, from: LocalFileSystem()).plan
                else { continue }
                for asOf in [nil, CalendarDate(iso: "2019-10-01")] {
                    let context = EvaluationContext(portfolio: Portfolio(), asOf: asOf, today: CalendarDate(iso: "2020-03-02")!)
                    let schedule = Scheduler.schedule(plan, context: context)
                    var run = SchedulingRun(plan: plan, calendar: context.calendar, asOf: context.asOf)
                    run.placeAll()
                    var placed: [(Int, CalendarDate, Int)] = []
                    run.forEachPlaced { placed.append(($0, $1, $2)) }
                    #expect(placed.map(\.0) == schedule.tasks.map(\.index), "\(name)")
                    #expect(placed.map(\.1) == schedule.tasks.map(\.plannedEnd), "\(name)")
                    #expect(placed.map(\.2) == schedule.tasks.map(\.progress), "\(name)")
                }
                plans += 1
            }
        }
        #expect(plans > 20)
    }
}
