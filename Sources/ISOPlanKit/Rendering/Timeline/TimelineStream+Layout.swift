extension TimelineStream {
    /// How a streamable format is written: text before, between and after the agencies, and
    /// each agency's own bytes (nil when it cannot be written this way).
    public struct Layout: Sendable {
        public var head: [UInt8]
        public var separator: [UInt8]
        public var tail: [UInt8]
        public var agency: @Sendable (TimelineEntry) -> [UInt8]?

        /// One agency's piece: its bytes in this layout, keyed by the order `options.sort` asks for.
        public func piece(_ e: TimelineEntry, _ options: TimelineOptions) -> Piece {
            Piece(key: TimelineStream.key(e, options), bytes: agency(e))
        }
    }

    /// The layout of a format that can be streamed (json and csv), else nil.
    public static func layout(_ format: TimelineFormat) -> Layout? {
        switch format {
        case .json:
            return Layout(head: Array("{\n  \"agencies\" : [\n".utf8), separator: Array(",\n".utf8),
                          tail: Array("\n  ],\n  \"version\" : 1\n}\n".utf8), agency: { TimelineJSONRenderer.write($0) })
        case .csv:
            return Layout(head: Array(TimelineCSVRenderer.headerLine.utf8), separator: [], tail: [],
                          agency: { Array(TimelineCSVRenderer.rows($0).utf8) })
        case .text, .mermaid, .svg, .html, .ics:
            return nil
        }
    }

    /// The order of `TimelineSorting` as a key.
    static func key(_ e: TimelineEntry, _ o: TimelineOptions) -> SortKey {
        switch o.sort {
        case .finish: SortKey(number: e.schedule.projectedFinish.dayNumber, name: "", id: e.schedule.agencyID)
        case .slack: SortKey(number: e.schedule.slackDays, name: "", id: e.schedule.agencyID)
        case .name: SortKey(number: 0, name: TimelineSorting.folded(e.displayName(o.language)), id: e.schedule.agencyID)
        }
    }
}
