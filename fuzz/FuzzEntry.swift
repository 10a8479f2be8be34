// libFuzzer entry point, compiled into the ISOPlanKit module by fuzz/run.sh (not part of the
// package build). Each input is one plan file, taken through every stage the CLI runs:
// load → validate → schedule → time rules → risk → timeline → periodic report → every renderer
// of check, risk, timeline (text, JSON, CSV, Mermaid, SVG, HTML, iCalendar, agency and portfolio
// charts, narrow and wide, Vietnamese and English) and report, plus the portfolio decoder.
// A broken invariant traps, which libFuzzer reports as a crash with the input saved.

/// Files held in memory: the input as `p/a.yaml` next to a fixed, valid portfolio file.
struct FuzzFileSource: FileSource {
    let files: [String: [UInt8]]

    func kind(of path: String) -> FileKind {
        if files[path] != nil { return .file }
        return files.keys.contains { $0.hasPrefix(path + "/") } ? .folder : .missing
    }

    func entries(of folder: String) -> [String]? {
        let names = files.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }
        return names.isEmpty ? nil : names
    }

    func read(_ path: String, limit: Int) -> FileRead {
        guard let bytes = files[path] else { return .failed("missing") }
        return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
    }
}

let fuzzPortfolio = Array("""
    version: 1
    portfolio: {name: Fuzz, deadline: 2020-12-31, as_of: 2019-10-01, at_risk_slack: 20}
    calendar:
      holidays: [{date: 2019-12-31, name: Nghỉ bù}]
      working_days: [{date: 2019-10-12, name: Làm bù}]

    """.utf8)

func require(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant broken: " + what()) }
}

func checkLocations(_ diagnostics: [Diagnostic], files: Set<String>) {
    for d in diagnostics {
        require(!d.message.isEmpty, "empty message for \(d.rule)")
        require(RuleCatalog.rule(d.rule) != nil, "rule \(d.rule) is not in the catalog")
        for n in d.notes { require(!n.message.isEmpty, "empty note for \(d.rule)") }
        for l in [d.location].compactMap({ $0 }) + d.notes.compactMap(\.location) {
            require(files.contains(l.file), "diagnostic in unknown file \(l.file)")
            require(l.line >= 1 && l.column >= 1, "diagnostic at \(l)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func isoplanFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let today = CalendarDate(year: 2019, month: 10, day: 1)!

    // The loader on its own, as a plan and as a portfolio file.
    let single = PlanLoader.loadPlan(bytes, file: "x.yaml")
    require(single.plan != nil || single.diagnostics.hasErrors, "no plan and no error")
    checkLocations(single.diagnostics, files: ["x.yaml"])
    let (_, portfolioDiagnostics) = PlanLoader.loadPortfolio(bytes, file: "portfolio.yaml")
    checkLocations(portfolioDiagnostics, files: ["portfolio.yaml"])

    // The commands, over a folder holding the input and a valid portfolio file.
    let fs = FuzzFileSource(files: ["p/a.yaml": bytes, "p/portfolio.yaml": fuzzPortfolio])
    let report = Checker.check(["p"], fs: fs, asOf: nil, today: today)
    require(report.files == 2, "check read \(report.files) files")
    checkLocations(report.diagnostics, files: ["p/a.yaml", "p/portfolio.yaml"])
    for format in CheckFormat.allCases {
        require(!format.render(report).isEmpty, "empty \(format) output")
    }
    let risk = PortfolioRisk.evaluate(["p"], fs: fs, asOf: nil, today: today)
    require(risk.agencies.count == 1, "risk has \(risk.agencies.count) agencies")
    for format in RiskFormat.allCases {
        for language in [Language.vi, .en] {
            let options = ReportOptions(width: 80, color: format == .text, language: language)
            require(!format.render(risk, options).isEmpty, "empty risk \(format) output")
        }
    }
    // The timeline in every format, both charts, narrow and wide, both languages.
    let workspace = Workspace.load(["p"], fs: fs)
    let entries = TimelineEntry.entries(workspace, asOf: nil, today: today)
    require(entries.count <= 1, "timeline has \(entries.count) entries for one plan")
    if !entries.isEmpty {
        for format in TimelineFormat.allCases {
            for (chart, width, language) in [(TimelineChartKind.agency, 40, Language.vi), (.portfolio, 160, .en),
                                             (.agency, 160, .en), (.portfolio, 40, .vi)] {
                let options = TimelineOptions(width: width, ascii: width == 40, color: width == 160, chart: chart,
                                              language: language)
                let out = format.render(entries, title: "Fuzz", calendar: workspace.calendar, options: options)
                require(!out.isEmpty, "empty timeline \(format) output")
                if format == .text {
                    for line in out.split(separator: "\n") where !options.color {
                        require(TextWidth.of(String(line)) <= width, "timeline line wider than \(width): \(line)")
                    }
                }
                if format == .ics {
                    for line in out.split(separator: "\r\n") {
                        require(line.utf8.count <= 75, "iCalendar line of \(line.utf8.count) octets")
                    }
                }
            }
        }
    }
    // The periodic report in every format, with the charts of the HTML form.
    let period = ReportPeriod("2019-Q3")!
    let periodic = PeriodicReport.build(risk, period: period)
    for format in ReportFormat.allCases {
        for language in [Language.vi, .en] {
            let options = ReportOptions(width: language == .vi ? 40 : 120, color: false, language: language)
            require(!format.render(periodic, options, timelines: entries).isEmpty, "empty report \(format) output")
        }
    }
    if let plan = single.plan, !single.diagnostics.hasErrors {
        let context = EvaluationContext(portfolio: Portfolio(), asOf: nil, today: today)
        let schedule = Scheduler.schedule(plan, calendar: context.calendar, deadline: context.deadline(for: plan))
        require(schedule.tasks.count <= plan.tasks.count, "schedule has more tasks than the plan")
    }
    return 0
}
