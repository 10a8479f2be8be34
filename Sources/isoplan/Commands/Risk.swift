import ArgumentParser
import ISOPlanKit

extension RiskFormat: CommandFormat {}

extension ISOPlan {
    /// `isoplan risk PATH...`: which agencies will not convert by the deadline, and why.
    struct Risk: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "risk",
            abstract: "Flag agencies at risk of missing the conversion deadline.",
            discussion: """
            Levels: done, on-track, at-risk, will-miss (plans with errors are reported as invalid). \
            Exit status: 0; 1 with --fail-on when an agency is at or above that level (or invalid); \
            2 could not run (a missing path, an unreadable file, no plan).
            """)

        /// The levels `--fail-on` takes: the ones worth failing a build for.
        enum FailLevel: String, ExpressibleByArgument, CaseIterable {
            case atRisk = "at-risk", willMiss = "will-miss"
            var level: RiskLevel { self == .atRisk ? .atRisk : .willMiss }
        }

        @Argument(help: "Plan files and folders (folders are walked recursively).")
        var paths: [String]

        @OptionGroup var output: FormatOptions<RiskFormat>
        @OptionGroup var evaluation: EvaluationOptions

        @Option(help: "Exit 1 when any agency is at this level or worse, or its plan is invalid.")
        var failOn: FailLevel?

        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        func run() throws {
            let options = ReportOptions(width: width.columns, color: color.enabled(text: output.format == .text),
                                        language: language.language)
            if try stream(options) { return }
            let risk = PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: evaluation.asOf,
                                              today: Terminal.today(), taskFacts: false)
            try Exit.unlessRunnable(risk, paths: paths, language: language.language)
            Terminal.out(output.format.render(risk, options))
            if let failOn, risk.hasAgency(atOrAbove: failOn.level) { throw Exit.findings }
        }

        /// The portfolio's risk a window of plans at a time, so memory stays flat however many
        /// plans there are: each agency's part (its reasons in full) goes to a spool file, and
        /// only its brief record (figures and main reason) stays in memory for the order, the
        /// table and the counts. False when the usual path must do it (no spool file, or an
        /// agency the fast writer cannot write).
        private func stream(_ options: ReportOptions) throws -> Bool {
            guard let spool = Spool() else { return false }
            let layout = RiskStream.layout(output.format, options)
            var stored: [(key: RiskStream.SortKey, agency: AgencyRisk, offset: Int, count: Int)] = []
            var spoolFailed = false
            let outcome = RiskStream.run(paths, fs: LocalFileSystem(), asOf: evaluation.asOf, today: Terminal.today(),
                                         piece: { layout.agency($0, $1) }, brief: layout.brief) { piece in
                guard let at = spool.append(piece.bytes ?? []) else { spoolFailed = true; return }
                stored.append((RiskStream.key(piece.agency), piece.agency, at.offset, at.count))
            }
            try Exit.unlessRunnable(outcome, paths: paths, language: language.language)
            guard outcome.complete, !spoolFailed, spool.finishWriting() else { return false }
            // A plan another plan rejects (a shared agency id) is written anew, as invalid.
            var rewritten: [Int: [UInt8]] = [:]
            for i in stored.indices {
                guard let r = outcome.rejected(stored[i].agency) else { continue }
                guard let bytes = layout.agency(r, outcome.asOf) else { return false }
                stored[i].agency = r
                stored[i].key = RiskStream.key(r)
                rewritten[i] = bytes
            }
            var order = Array(stored.indices)
            order.sort { stored[$0].key < stored[$1].key }
            let risk = outcome.risk(order.map { stored[$0].agency })
            let parts = order.map { i in
                rewritten[i].map(Spool.Part.bytes) ?? .stored(offset: stored[i].offset, count: stored[i].count)
            }
            let ok = spool.writeDocument(head: layout.head(risk), parts, separator: layout.separator, tail: layout.tail(risk))
            if !ok { throw Exit.outputFailed(language: language.language) }
            if let failOn, risk.hasAgency(atOrAbove: failOn.level) { throw Exit.findings }
            return true
        }
    }
}
