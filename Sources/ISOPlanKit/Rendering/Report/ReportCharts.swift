/// The pictures of the HTML report: the portfolio chart (one row per agency whose plan is
/// valid, split into pages of `portfolioRowsPerPage` rows) and the timelines of at most
/// `maxAgencyCharts` agencies. With more agencies than that, the ones drawn are those most at
/// risk — the order of `isoplan risk`: will miss the deadline, then at risk, then least slack —
/// and the report says how many were left out and how to draw one (`isoplan timeline PLAN
/// --format svg`): thousands of charts make a document no one prints or reads.
public struct ReportCharts: Sendable {
    /// Agency timelines drawn at most; below it every valid agency gets its chart.
    public static let maxAgencyCharts = 100
    /// Agencies per page of the portfolio chart (a page of A4 holds its header, axis and legend
    /// with about this many rows).
    public static let portfolioRowsPerPage = 45

    /// The portfolio chart's rows, in the chart's order (projected finish).
    public var portfolio: [TimelineSummary]
    /// The agencies whose timeline could be drawn (valid plans).
    public var drawable: Int
    /// The drawn agencies' timelines written as the report's figures, by agency id.
    var figures: [String: [UInt8]]

    /// No pictures (the formats other than HTML).
    public init() {
        portfolio = []
        drawable = 0
        figures = [:]
    }

    /// The pictures of a report whose drawn timelines are already written (`figures(_:language:)`
    /// of each plan to draw, with its agency id, first one kept for an id): a streamed report
    /// draws them on the worker threads while it reads the plans again.
    init(portfolio: [TimelineSummary], drawable: Int, figures: [(id: String, bytes: [UInt8])]) {
        self.portfolio = portfolio
        self.drawable = drawable
        self.figures = Dictionary(figures.map { ($0.id, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    }

    /// The pictures of a report: its portfolio chart's rows (in the chart's order), how many
    /// agencies could be drawn, and the plans to draw (those of `chosen(_:)`).
    public init(portfolio: [TimelineSummary], drawable: Int, drawn: [TimelineEntry], language: Language) {
        self.init(portfolio: portfolio, drawable: drawable,
                  figures: ParallelMap.map(drawn) { ($0.plan.agency.id.value, Self.figures($0, language: language)) })
    }

    /// An agency's timeline as the report's figures: each page in its own `<figure>`, one a line.
    static func figures(_ e: TimelineEntry, language: Language) -> [UInt8] {
        var out: [UInt8] = []
        for page in TimelineSVGRenderer.agencyPages(e, options: TimelineOptions(sort: .finish, language: language),
                                                    rowsPerPage: TimelineHTMLRenderer.rowsPerPage,
                                                    id: "a-" + e.plan.agency.id.value) {
            ByteText.literal("<figure class=\"chart\">", to: &out)
            ByteText.append(page, to: &out)
            ByteText.literal("</figure>\n", to: &out)
        }
        return out
    }

    /// The pictures of an in-memory report from its scheduled plans (matched by agency id).
    public init(_ r: PeriodicReport, timelines: [TimelineEntry], language: Language) {
        let byID = Dictionary(timelines.map { ($0.plan.agency.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let valid = r.entries.compactMap { $0.risk.level == nil ? nil : byID[$0.risk.id] }
        let rows = TimelineSorting.sorted(valid, by: .finish, language: language).map(TimelineSummary.init)
        let chosen = Set(Self.chosen(r.entries.map(\.risk)).map(\.id))
        self.init(portfolio: rows, drawable: valid.count, drawn: valid.filter { chosen.contains($0.plan.agency.id.value) },
                  language: language)
    }

    /// The agencies whose timelines are drawn: every valid one when they are at most
    /// `maxAgencyCharts`, else that many, worst first.
    public static func chosen(_ agencies: [AgencyRisk]) -> [AgencyRisk] {
        let valid = agencies.filter { $0.level != nil }
        guard valid.count > maxAgencyCharts else { return valid }
        return Array(valid.sorted(by: AgencyRisk.worstFirst).prefix(maxAgencyCharts))
    }

    /// What the report says when some agencies' timelines are left out.
    func leftOutNote(_ L: Language) -> String? {
        let n = figures.count, all = drawable
        guard all > n else { return nil }
        return L.pick(
            vi: "Báo cáo chỉ vẽ biểu đồ tiến độ của \(n) trong số \(all) cơ quan, là các cơ quan có nguy cơ chậm cao nhất "
                + "(sẽ chậm hạn, rồi có nguy cơ chậm, rồi ít ngày dự phòng nhất); biểu đồ của một cơ quan khác: "
                + "isoplan timeline <tệp kế hoạch> --format svg.",
            en: "Timelines are drawn for \(n) of the \(all) agencies, those most at risk (will miss the deadline, then at risk, "
                + "then least slack); for another agency's timeline run isoplan timeline <plan file> --format svg.")
    }
}
