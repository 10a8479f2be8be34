#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `isoplan-corpus --count N --seed S [--warnings W] --out DIR`: writes N realistic agency plans
/// and a portfolio file, the same bytes for the same seed. Used by bench/run.sh and the CLI tests.
/// With `--warnings W` every plan carries about W warnings (overdue tasks, stale status, missing
/// steps) and still no error; without it, the few warnings of a real portfolio.
struct Options {
    var count = 1000
    var seed: UInt64 = 42
    var warnings = 0
    var out = ""

    static let usage = "usage: isoplan-corpus --count N --seed S [--warnings W] --out DIR"

    static func parse(_ args: [String]) -> Options? {
        var o = Options()
        var i = 0
        while i < args.count {
            guard i + 1 < args.count else { return nil }
            switch args[i] {
            case "--count": guard let n = Int(args[i + 1]), n >= 0 else { return nil }; o.count = n
            case "--seed": guard let s = UInt64(args[i + 1]) else { return nil }; o.seed = s
            case "--warnings": guard let w = Int(args[i + 1]), (0...60).contains(w) else { return nil }; o.warnings = w
            case "--out": o.out = args[i + 1]
            default: return nil
            }
            i += 2
        }
        return o.out.isEmpty ? nil : o
    }
}

enum Files {
    static func makeFolder(_ path: String) -> Bool {
        var partial = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            partial += (partial.isEmpty && !path.hasPrefix("/") ? "" : "/") + part
            if part.isEmpty { continue }
            if mkdir(partial, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    static func write(_ path: String, _ text: String) -> Bool {
        guard let f = fopen(path, "wb") else { return false }
        defer { fclose(f) }
        var bytes = Array(text.utf8)
        return fwrite(&bytes, 1, bytes.count, f) == bytes.count
    }
}

let portfolioText = """
    # Danh mục kế hoạch chuyển đổi của ngành (tạo bởi isoplan-corpus)
    version: 1
    portfolio:
      name: Ngành Lao động - Thương binh và Xã hội
      deadline: 2020-12-31
      as_of: 2019-10-01
      at_risk_slack: 20
      reporting:
        ministry-unit: quarterly
        provincial-department: half-yearly
    calendar:
      holidays:
        - {date: 2019-12-31, name: Nghỉ bù}

    """

func fail(_ message: String) -> Never {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(message == Options.usage ? 64 : 1)
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else { fail(Options.usage) }
let root = options.out.hasSuffix("/") ? String(options.out.dropLast()) : options.out
guard Files.makeFolder(root + "/agencies"), Files.write(root + "/portfolio.yaml", portfolioText) else {
    fail("isoplan-corpus: cannot write to \(root)")
}
var made = Set<String>()
var bytes = 0
for i in 0..<options.count {
    var writer = PlanWriter(seed: options.seed, index: i, warnings: options.warnings)
    let plan = writer.generate()
    let folder = root + "/agencies/" + plan.folder
    if made.insert(folder).inserted, !Files.makeFolder(folder) { fail("isoplan-corpus: cannot create \(folder)") }
    guard Files.write(folder + "/" + plan.fileName, plan.text) else { fail("isoplan-corpus: cannot write \(plan.fileName)") }
    bytes += plan.text.utf8.count
}
print("isoplan-corpus: wrote \(options.count) plans (\(bytes) bytes) and portfolio.yaml to \(root)")
