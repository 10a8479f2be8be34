/// How many days one column of a timeline chart covers.
public enum TimelineScale: String, CaseIterable, Sendable {
    case day, week, month
}

/// What labels a chart row: the id or the title (agency name on the portfolio chart).
public enum TimelineLabel: String, CaseIterable, Sendable {
    case id, title
}

/// The order of agencies in portfolio output.
public enum TimelineSort: String, CaseIterable, Sendable {
    /// By projected finish, earliest first.
    case finish
    /// By agency name (Vietnamese letters folded to their base letter).
    case name
    /// By slack, least first.
    case slack
}

/// Which chart the text format draws.
public enum TimelineChartKind: String, Sendable {
    /// The one-agency chart for a single plan, the portfolio chart otherwise.
    case automatic
    case agency
    case portfolio
}

/// Presentation choices for timeline output; the caller decides them (never the terminal).
public struct TimelineOptions: Sendable {
    /// Total columns the text chart may use.
    public var width: Int
    /// The column scale; nil chooses the finest scale that fits `width`.
    public var scale: TimelineScale?
    /// Plain ASCII instead of Unicode block characters.
    public var ascii: Bool
    /// ANSI colour.
    public var color: Bool
    /// Row labels: ids or titles (agency names).
    public var label: TimelineLabel
    /// Agency order.
    public var sort: TimelineSort
    /// Which chart the text format draws.
    public var chart: TimelineChartKind
    /// Language of the words in the chart.
    public var language: Language

    /// Options with the documented defaults: 100 columns, automatic scale, Unicode, no colour.
    public init(width: Int = 100, scale: TimelineScale? = nil, ascii: Bool = false,
                color: Bool = false, label: TimelineLabel = .title, sort: TimelineSort = .finish,
                chart: TimelineChartKind = .automatic, language: Language = .en) {
        self.width = width
        self.scale = scale
        self.ascii = ascii
        self.color = color
        self.label = label
        self.sort = sort
        self.chart = chart
        self.language = language
    }
}
