extension TimelineStream {
    /// How a streamable format is written: text before, between and after the agencies, and
    /// each agency's own bytes (nil when it cannot be written this way). A format whose head
    /// depends on every agency (the text chart, Mermaid's title and days off) makes it from the
    /// agencies' summary rows once all are in.
    public struct Layout: Sendable {
        public var head: [UInt8]
        public var separator: [UInt8]
        public var tail: [UInt8]
        public var agency: @Sendable (TimelineEntry) -> [UInt8]?
        /// The head made from the summary rows in output order, the portfolio's title and
        /// calendar, and the options; nil when `head` is fixed.
        public var rowsHead: (@Sendable ([TimelineSummary], String?, WorkCalendar, TimelineOptions) -> [UInt8])? = nil

        /// One agency's piece: its bytes in this layout, keyed by the order `options.sort` asks
        /// for, with its summary row when the head needs one.
        public func piece(_ e: TimelineEntry, _ options: TimelineOptions) -> Piece {
            Piece(key: TimelineSorting.key(e, by: options.sort, language: options.language), bytes: agency(e),
                  summary: rowsHead == nil ? nil : TimelineSummary(e))
        }

        /// The bytes before the first agency, given every agency's summary row in output order.
        public func head(_ rows: [TimelineSummary], title: String?, calendar: WorkCalendar,
                         options: TimelineOptions) -> [UInt8] {
            rowsHead.map { $0(rows, title, calendar, options) } ?? head
        }
    }

    /// The layout of a format that can be streamed (text as a portfolio chart, json, csv and
    /// mermaid), else nil. The text chart is all head: its agencies have no bytes of their own.
    public static func layout(_ format: TimelineFormat) -> Layout? {
        switch format {
        case .json:
            let d = TimelineJSONRenderer.document
            return Layout(head: d.head, separator: d.separator, tail: d.tail, agency: { TimelineJSONRenderer.write($0) })
        case .csv:
            return Layout(head: Array(TimelineCSVRenderer.headerLine.utf8), separator: [], tail: [],
                          agency: { Array(TimelineCSVRenderer.rows($0).utf8) })
        case .text:
            return Layout(head: [], separator: [], tail: [], agency: { _ in [] }, rowsHead: { rows, title, _, options in
                Array(TimelinePortfolioTextRenderer.render(rows: rows, title: title, options: options).utf8)
            })
        case .mermaid:
            return Layout(head: [], separator: [], tail: [], agency: { Array(TimelineMermaidRenderer.section($0).utf8) },
                          rowsHead: { rows, title, calendar, _ in
                Array(TimelineMermaidRenderer.head(rows, title: title, calendar: calendar).utf8)
            })
        case .svg, .html, .ics:
            return nil
        }
    }
}
