import Foundation
import Testing
@testable import ISOPlanTestSupport

@Suite struct InitCommandTests {
    let args = ["init", "--id", "ha-noi", "--name", "Sở Lao động - Thương binh và Xã hội thành phố Hà Nội",
                "--type", "provincial-department", "--province", "Hà Nội", "--start", "2019-07-01",
                "--announced", "2016-05-12"]

    /// A fresh, empty folder for one test.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("isoplan-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func writesAPlanThatPassesCheckAndSchedules() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("new.yaml").path
        let r = try CLIRunner.run(args + ["-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try contents(dir) == ["new.yaml"])   // no temporary file left behind
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/plan.schema.json\n"))
        #expect(text.contains("status_date: 2019-07-01"))

        let check = try CLIRunner.run(["check", "--as-of", "2019-07-01", file])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "Checked 1 file: 0 errors, 0 warnings.\n")
        let strict = try CLIRunner.run(["check", "--strict", "--as-of", "2019-07-01", file])
        #expect(strict.status == 0)

        let checklist = try CLIRunner.run(["checklist", file, "--format", "json"])
        #expect(checklist.status == 0)
        #expect(checklist.stdout.contains("\"not_covered\" : 0"))
    }

    /// The modeline points from the written file to the nearest `schema/plan.schema.json` above
    /// it, wherever in the project the plan goes; with none above it, the plans/agencies/ path.
    @Test(arguments: [("plans/agencies/a.yaml", "../../schema/plan.schema.json"),
                      ("plans/a.yaml", "../schema/plan.schema.json"),
                      ("a.yaml", "schema/plan.schema.json"),
                      ("x/y/z/a.yaml", "../../../schema/plan.schema.json")])
    func schemaModelinePointsToTheProjectSchema(_ place: String, _ expected: String) throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let schema = root.appendingPathComponent("schema")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        try "{}".write(to: schema.appendingPathComponent("plan.schema.json"), atomically: true, encoding: .utf8)
        let file = root.appendingPathComponent(place)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try CLIRunner.run(args + ["-o", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let first = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n").first
        #expect(first.map(String.init) == "# yaml-language-server: $schema=\(expected)")
    }

    @Test func refusesToOverwriteAndLeavesTheFileUnchanged() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("new.yaml").path
        #expect(try CLIRunner.run(args + ["-o", file]).status == 0)
        let edited = try String(contentsOfFile: file, encoding: .utf8) + "# edited by hand\n"
        try edited.write(toFile: file, atomically: false, encoding: .utf8)

        let again = try CLIRunner.run(args + ["--id", "khac", "-o", file])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)
        #expect(try contents(dir) == ["new.yaml"])
    }

    @Test func forceReplacesTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("new.yaml").path
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        let r = try CLIRunner.run(args + ["-o", file, "--force"])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("id: ha-noi"))
        #expect(try contents(dir) == ["new.yaml"])
    }

    @Test func printsToStandardOutputWithoutOutputFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(args + ["--lang", "vi"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# yaml-language-server: $schema=../../schema/plan.schema.json\n# Kế hoạch"))
        #expect(r.stdout.contains("  - id: cong-bo\n"))
        #expect(try contents(dir).isEmpty)
    }

    @Test func aNewBuildNeedsNoAnnouncementDate() throws {
        let r = try CLIRunner.run(["init", "--id", "cuc-tre-em", "--name", "Cục Trẻ em", "--type", "ministry-unit",
                                   "--start", "2019-07-01", "--baseline", "none"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  standard: none\n"))
        #expect(!r.stdout.contains("announced:"))
    }

    @Test(arguments: [
        (["--id", "Ha Noi"], "--id 'Ha Noi' may use only a-z, 0-9 and '-'"),
        (["--type", "province"], "--type must be ministry-unit or provincial-department"),
        (["--province", " "], "--province is required for a provincial-department"),
        (["--start", "2019-02-30"], "--start"),
        (["--start", "2019-02-30"], "there is no such day in the calendar"),
        (["--announced", "15/09/2017"], "write the date as YYYY-MM-DD"),
        (["--start", "1899-12-31"], "outside 1900-01-01"),
        (["--baseline", "2015"], "--baseline must be 2008 or none"),
        (["--baseline", "none"], "drop them with --baseline none"),
        (["--lang", "fr"], "Please provide one of 'vi' and 'en'"),
        (["--procedures=-3"], "--procedures must be 0 or more"),
        (["--announced", "2019-07-02"], "--announced 2019-07-02 is after --start 2019-07-01"),
    ])
    func badOptionsExit64WithAClearMessage(override: [String], message: String) throws {
        let r = try CLIRunner.run(args + override)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// The 2008 system is announced before its conversion starts; on the start day itself is
    /// still possible.
    @Test func anAnnouncementOnTheStartDayIsAccepted() throws {
        let r = try CLIRunner.run(args + ["--announced", "2019-07-01"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  announced: 2019-07-01 "))
    }

    @Test func aConversionNeedsTheAnnouncementDate() throws {
        let r = try CLIRunner.run(Array(args.dropLast(2)))
        #expect(r.status == 64)
        #expect(r.stderr.contains("--announced YYYY-MM-DD is required with --baseline 2008"))
    }

    @Test func anUnwritableFolderExitsTwo() throws {
        let r = try CLIRunner.run(args + ["-o", "/nonexistent-isoplan-folder/new.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("could not write /nonexistent-isoplan-folder/new.yaml: the folder "
                                  + "/nonexistent-isoplan-folder does not exist; create it first"))
        let vi = try CLIRunner.run(args + ["-o", "/nonexistent-isoplan-folder/new.yaml", "--lang", "vi"])
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("không ghi được /nonexistent-isoplan-folder/new.yaml: chưa có thư mục"))
        #expect(!vi.stderr.contains("No such file"))
    }
}
