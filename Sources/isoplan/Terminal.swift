import ArgumentParser
import Foundation
import ISOPlanKit
#if canImport(Glibc)
import Glibc
#endif

/// What the commands learn from the process's surroundings: terminal, environment, clock.
enum Terminal {
    /// True when standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The fewest columns text output is laid out in (`--width` below it is a usage error).
    static let minimumWidth = 40

    /// Columns for output: `--width`, else `COLUMNS`, else the terminal's width, else 100; a
    /// narrower `COLUMNS` or terminal is taken as `minimumWidth`.
    static func width(_ flag: Int?) -> Int {
        if let flag { return max(minimumWidth, flag) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return max(minimumWidth, n) }
        if stdoutIsTTY {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return max(minimumWidth, Int(ws.ws_col)) }
        }
        return 100
    }

    /// Whether to colour (no-color.org): an explicit `always` or `never` wins; `auto` colours
    /// only on a terminal and not when NO_COLOR is set.
    static func useColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .never: return false
        case .always: return true
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && stdoutIsTTY
        }
    }

    /// Today's date in Vietnam (UTC+7).
    static func today() -> CalendarDate {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return CalendarDate(dayNumber: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
    }

    /// Writes text to standard output as is.
    static func out(_ s: String) { write(s, to: 1) }

    /// Writes text to standard error.
    static func err(_ s: String) { write(s, to: 2) }

    /// Writes the string's own UTF-8 bytes (no copy: a timeline of 10,000 agencies is
    /// hundreds of megabytes), retrying short writes.
    private static func write(_ s: String, to fd: Int32) {
        var s = s
        s.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            var done = 0
            while done < buf.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, base + done, buf.count - done)
                #else
                let n = Darwin.write(fd, base + done, buf.count - done)
                #endif
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    if fd == 1 { OutputFailure.record(n < 0 ? errno : EIO) }
                    return
                }
                done += n
            }
        }
    }

    /// The language for people: `--lang`, else Vietnamese when LC_ALL/LC_MESSAGES/LANG (the
    /// first one set) names a Vietnamese locale, else English.
    static func language(_ flag: Language?) -> Language {
        if let flag { return flag }
        let env = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty }
        return Language.fromLocale(locale)
    }

    /// Writes one diagnostic to standard error as `file:line:column: severity: message [rule]`,
    /// its message in `language` (the command's `--lang`).
    static func err(_ d: Diagnostic, language: Language) {
        err(CheckTextRenderer.line(d, style: TextStyle(enabled: false), language: language))
    }
}

/// Exit codes shared by the commands.
enum Exit {
    /// Problems found (errors, or with --strict warnings; risk at --fail-on level).
    static let findings = ExitCode(1)
    /// The command could not run (missing path, unreadable file, nothing to work on, could
    /// not write).
    static let couldNotRun = ExitCode(2)

    /// Writes the errors that stopped the command to standard error, and exits 2 (nothing
    /// goes to standard output).
    static func couldNotRun(_ diagnostics: [Diagnostic], language: Language) -> ExitCode {
        for d in diagnostics where d.severity == .error { Terminal.err(d, language: language) }
        return couldNotRun
    }

    /// Stops the command, exit 2, when it cannot run as asked: a path given could not be read
    /// (the errors that say why go to standard error), or the paths hold no agency plan.
    static func unlessRunnable(_ read: some PathsRead, paths: [String], language: Language) throws {
        if read.couldNotRun { throw couldNotRun(read.diagnostics.filter(\.stopsRun), language: language) }
        if read.hasNoPlan { throw noPlan(paths, language: language) }
        if let file = read.portfolio.file {
            // The portfolio's deadline, evaluation date and calendar apply to every plan: with
            // an error in it, no result would be the portfolio's.
            let errors = read.diagnostics.filter { $0.severity == .error && $0.location?.file == file }
            guard errors.isEmpty else {
                for d in errors.sortedForOutput() { Terminal.err(d, language: language) }
                Terminal.err(language.pick(
                    vi: "isoplan: tệp portfolio '\(file)' có lỗi; hạn, ngày đánh giá và lịch của nó áp dụng cho mọi kế hoạch "
                        + "nên chưa thể tính; hãy sửa lỗi (xem 'isoplan check \(file)')\n",
                    en: "isoplan: the portfolio file '\(file)' has errors; its deadline, evaluation date and calendar apply "
                        + "to every plan, so nothing can be worked out until they are fixed (see 'isoplan check \(file)')\n"))
                throw couldNotRun
            }
        }
    }

    /// Says that the temporary file the report is put together in could not be made or
    /// written (and why), and exits 2.
    static func noTemporaryFile(language: Language) -> ExitCode {
        let reason = OutputFailure.reason(errno, language)
        Terminal.err(language.pick(vi: "isoplan: không tạo hoặc ghi được tệp tạm (thư mục TMPDIR): \(reason)\n",
                                   en: "isoplan: could not make or write a temporary file (in TMPDIR): \(reason)\n"))
        return couldNotRun
    }

    /// Says that standard output could not be written (and why), and exits 2.
    static func outputFailed(language: Language) -> ExitCode {
        let code = OutputFailure.errno ?? EIO
        Terminal.err(language.pick(vi: "isoplan: không ghi được kết quả ra đầu ra chuẩn: \(OutputFailure.reason(code, language))\n",
                                   en: "isoplan: could not write the output: \(OutputFailure.reason(code, language))\n"))
        return couldNotRun
    }

    /// The catalog built into isoplan; when it cannot be read, says why and exits 2.
    static func bundledCatalog() throws -> Catalog {
        switch Catalog.bundled {
        case .success(let catalog): return catalog
        case .failure(let error):
            Terminal.err("isoplan: \(error)\n")
            throw couldNotRun
        }
    }

    /// Says there is no agency plan under `paths` (in `language`) and exits 2.
    static func noPlan(_ paths: [String], language: Language) -> ExitCode {
        let namesPortfolio = paths.contains { $0 == "portfolio.yaml" || $0.hasSuffix("/portfolio.yaml") }
        let list = paths.map { "'\($0)'" }.joined(separator: ", ")
        Terminal.err(namesPortfolio
            ? language.pick(
                vi: "isoplan: \(list) chỉ có tệp portfolio, không có kế hoạch của cơ quan nào; hãy chỉ ra các tệp kế hoạch hoặc thư mục plans\n",
                en: "isoplan: \(list) holds only the portfolio file, not an agency plan; give plan files or the plans folder\n")
            : language.pick(
                vi: "isoplan: không tìm thấy kế hoạch cơ quan nào (*.yaml) trong \(list); hãy chỉ ra các tệp kế hoạch hoặc thư mục plans\n",
                en: "isoplan: no agency plan (*.yaml) found in \(list); give plan files or the plans folder\n"))
        return couldNotRun
    }
}

/// What reading a command's paths learnt, enough to tell whether the command can go on.
protocol PathsRead {
    var portfolio: Portfolio { get }
    var couldNotRun: Bool { get }
    var hasNoPlan: Bool { get }
    var diagnostics: [Diagnostic] { get }
}

extension PlanSet: PathsRead {}
extension Workspace: PathsRead {}
extension PortfolioRisk: PathsRead {}
extension TimelineStream.Outcome: PathsRead {}
extension RiskStream.Outcome: PathsRead {}
extension ReportStream.Result: PathsRead {}

/// The first failed write to standard output, so the command can say why it stopped (exit 2)
/// instead of ending silently; commands that write all at once are checked when they end.
enum OutputFailure {
    nonisolated(unsafe) private(set) static var errno: Int32?

    static func record(_ code: Int32) { if errno == nil { errno = code } }

    /// The system's reason for a failed write, in Vietnamese for the common ones (those of
    /// writing here, the others as for a file that could not be read).
    static func reason(_ code: Int32, _ language: Language) -> String {
        let system = String(cString: strerror(code))
        guard language == .vi else { return system }
        switch code {
        case ENOSPC: return "hết chỗ trống trên đĩa"
        case EACCES, EPERM: return "không có quyền ghi"
        case EPIPE: return "đầu đọc đã đóng"
        case EROFS: return "ổ đĩa chỉ cho đọc"
        default: return Diagnostic.systemReasonVi(system)
        }
    }
}
