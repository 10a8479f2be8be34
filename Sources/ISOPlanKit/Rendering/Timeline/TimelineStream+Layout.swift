extension TimelineStream {
    /// How a streamable format is written: text before, between and after the agencies, and
    /// each agency's own bytes (nil when it cannot be written this way). A format whose head
    /// depends on every agency (the text chart, Mermaid's title and days off) makes it from the
    /// agencies' summary rows once all are in (the SVG and HTML charts are all head too).
    public struct Layout: Sendable {
        public var head: [UInt8]
        public var separator: [UInt8]
        public var tail: [UInt8]
        /// One agency's bytes, given the options and the portfolio's title (iCalendar's UIDs name it).
        public var agency: @Sendable (TimelineEntry, TimelineOptions, String?) -> [UInt8]?
        /// The head made from the summary rows in output order, the portfolio's title and
        /// calendar, and the options; nil when `head` is fixed.
        public var rowsHead: (@Sendable ([TimelineSummary], String?, WorkCalendar, TimelineOptions) -> [UInt8])? = nil
        /// False when `rowsHead` reads only the title, calendar and options: no summary row is kept.
        public var needsRows = true

        /// One agency's piece: its bytes in this layout, keyed by the order `options.sort` asks
        /// for, with its summary row when the head needs one.
        public func piece(_ e: TimelineEntry, _ options: TimelineOptions, title: String?) -> Piece {
            Piece(key: TimelineSorting.key(e, by: options.sort, language: options.language), bytes: agency(e, options, title),
                  summary: rowsHead == nil || !needsRows ? nil : TimelineSummary(e))
        }

        /// The bytes before the first agency, given every agency's summary row in output order.
        public func head(_ rows: [TimelineSummary], title: String?, calendar: WorkCalendar,
                         options: TimelineOptions) -> [UInt8] {
            rowsHead.map { $0(rows, title, calendar, options) } ?? head
        }
    }

    /// The layout of a format as a portfolio chart. The text, SVG and HTML charts are all head:
    /// their agencies have no bytes of their own; iCalendar's agencies are their events.
    public static func layout(_ format: TimelineFormat) -> Layout? {
        switch format {
        case .json:
            let d = TimelineJSONRenderer.document
            return Layout(head: d.head, separator: d.separator, tail: d.tail, agency: { e, _, _ in TimelineJSONRenderer.write(e) })
        case .csv:
            return Layout(head: Array(TimelineCSVRenderer.headerLine.utf8), separator: [], tail: [],
                          agency: { e, _, _ in
                var out: [UInt8] = []
                TimelineCSVRenderer.write(e, into: &out)
                return exact(out)
            })
        case .text:
            return Layout(head: [], separator: [], tail: [], agency: { _, _, _ in [] }, rowsHead: { rows, title, _, options in
                Array(TimelinePortfolioTextRenderer.render(rows: rows, title: title, options: options).utf8)
            })
        case .svg:
            return Layout(head: [], separator: [], tail: [], agency: { _, _, _ in [] }, rowsHead: { rows, title, _, options in
                var out: [UInt8] = []
                TimelineSVGRenderer.writePortfolio(rows: rows, title: title, options: options, into: &out)
                out.append(0x0A)
                return out
            })
        case .html:
            return Layout(head: [], separator: [], tail: [], agency: { _, _, _ in [] }, rowsHead: { rows, title, _, options in
                var out: [UInt8] = []
                TimelineHTMLRenderer.writePortfolio(rows: rows, title: title, options: options, into: &out)
                return out
            })
        case .ics:
            return Layout(head: [], separator: [], tail: Array(TimelineICSRenderer.tail.utf8), agency: { e, options, title in
                var out: [UInt8] = []
                TimelineICSRenderer.events(e, title: title, language: options.language, into: &out)
                return exact(out)
            }, rowsHead: { _, title, _, options in
                Array(TimelineICSRenderer.head(title: title, language: options.language).utf8)
            }, needsRows: false)
        case .mermaid:
            return Layout(head: [], separator: [], tail: [], agency: { e, _, _ in
                var out: [UInt8] = []
                TimelineMermaidRenderer.section(e, into: &out)
                return exact(out)
            },
                          rowsHead: { rows, title, calendar, _ in
                Array(TimelineMermaidRenderer.head(rows, title: title, calendar: calendar).utf8)
            })
        }
    }

    /// The bytes in a buffer of their own size: a chunk's pieces wait in memory until the
    /// chunk is spooled, and a buffer grown by doubling can be almost twice as large.
    static func exact(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.capacity - bytes.count > 1024 else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, n in
            n = buffer.initialize(from: bytes).1
        }
    }
}
