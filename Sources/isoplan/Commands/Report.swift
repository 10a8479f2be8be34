import ArgumentParser
import ISOPlanKit

extension ReportFormat: CommandFormat {}
extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ISOPlan {
    /// `isoplan report --period PERIOD PATH...`: the periodic progress report of Directive 02 §7.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the periodic progress report (Directive 02/CT-LĐTBXH, section 7).",
            discussion: """
            Formats: markdown (default), text, json, csv, and html (the printable official form). \
            A period that starts after the evaluation date gets a warning on standard error. \
            Exit status: 0 written; 2 could not run (a missing path, an unreadable file, no plan).
            """)

        @Option(help: "Reporting period: 2019-Q3 (quarter), 2019-H2 (half-year) or 2020 (year).",
                transform: { text in
                    guard let period = ReportPeriod(text) else {
                        throw ValidationError("give a quarter (2019-Q3: Q1 to Q4), a half-year (2019-H2: H1 or H2) or a year (2020)")
                    }
                    return period
                })
        var period: ReportPeriod

        @Argument(help: "Plan files and folders (folders are walked recursively).")
        var paths: [String]

        @OptionGroup var output: FormatOptions<ReportFormat>
        @OptionGroup var evaluation: EvaluationOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        func run() throws {
            let options = ReportOptions(width: width.columns, color: color.enabled(text: output.format == .text),
                                        language: language.language)
            let layout = ReportLayout(output.format, options)
            // Each agency's part goes to a spool file as soon as its plan is evaluated; the
            // report is written from the summary rows and the spool once all are in.
            guard let spool = Spool() else { throw Exit.noTemporaryFile(language: language.language) }
            var stored: [(offset: Int, count: Int)] = []
            let result = ReportStream.run(paths, fs: LocalFileSystem(), asOf: evaluation.asOf, today: Terminal.today(),
                                          period: period, layout: layout) { bytes in
                guard let at = spool.append(bytes) else { return nil }
                stored.append(at)
                return stored.count - 1
            }
            try Exit.unlessRunnable(result, paths: paths, language: language.language)
            guard result.stored, spool.finishWriting() else { throw Exit.noTemporaryFile(language: language.language) }
            let asOf = result.report.asOf
            if period.start > asOf {
                let (start, asOf) = (period.start.vietnamese, asOf.vietnamese)
                Terminal.err(language.language.pick(
                    vi: "isoplan: warning: kỳ \(period.id) bắt đầu ngày \(start), sau ngày đánh giá \(asOf): chưa có gì "
                        + "diễn ra trong kỳ nên chưa có công việc nào hoàn thành; hãy cho --as-of muộn hơn để báo cáo kỳ này\n",
                    en: "isoplan: warning: the period \(period.id) starts on \(start), after the evaluation date \(asOf): "
                        + "nothing in it has happened yet, so it has no completed task; give a later --as-of for a report on it\n"))
            }
            let written = result.write(layout, write: { Spool.write($0, $0.count) },
                                       copy: { spool.copy(offset: stored[$0].offset, count: stored[$0].count) })
            if !written { throw Exit.outputFailed(language: language.language) }
        }
    }
}
