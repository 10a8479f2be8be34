extension RiskStream {
    /// How a format of `isoplan risk` is written a part at a time: each agency's own bytes
    /// (its reasons in full; nil when it cannot be written this way), and the text before,
    /// between and after the agencies, made from the agencies' brief records in order (the
    /// title, the text table, the counts).
    public struct Layout: Sendable {
        /// One agency's bytes, given the evaluation date.
        public var agency: @Sendable (AgencyRisk, CalendarDate) -> [UInt8]?
        public var head: @Sendable (PortfolioRisk) -> [UInt8]
        public var separator: [UInt8] = []
        public var tail: @Sendable (PortfolioRisk) -> [UInt8]
        /// What the head will need of an agency's brief record, made on the thread that
        /// evaluated it rather than on the calling thread once all are in (the text table's
        /// short names).
        public var brief: @Sendable (AgencyRisk) -> AgencyRisk = { $0 }
    }

    /// The layout of `format` with `options`: written this way, the output is the bytes
    /// `format.render` makes of the whole portfolio.
    public static func layout(_ format: RiskFormat, _ o: ReportOptions) -> Layout {
        switch format {
        case .text:
            return Layout(agency: { a, asOf in RiskTextRenderer.agencyBytes(a, asOf: asOf, o) },
                          head: { RiskTextRenderer.headBytes($0, o) },
                          tail: { Array(RiskTextRenderer.tail($0, o).utf8) },
                          brief: { $0.makingShortName(o.language) })
        case .markdown:
            return Layout(agency: { a, _ in Array(RiskMarkdownRenderer.row(a, o).utf8) },
                          head: { Array(RiskMarkdownRenderer.head($0, o).utf8) },
                          tail: { Array(RiskMarkdownRenderer.tail($0, o).utf8) })
        case .csv:
            return Layout(agency: { a, _ in Array(CSV.line(RiskCSVRenderer.fields(a, o)).utf8) },
                          head: { _ in Array(CSV.line(RiskCSVRenderer.header).utf8) },
                          tail: { _ in [] })
        case .json:
            return Layout(agency: { a, _ in RiskJSONRenderer.write(RiskJSONRenderer.agency(a, o.language)) },
                          head: { RiskJSONRenderer.list($0, o).head },
                          separator: JSONText.ListDocument(key: "agencies", rest: []).separator,
                          tail: { RiskJSONRenderer.list($0, o).tail })
        }
    }
}
