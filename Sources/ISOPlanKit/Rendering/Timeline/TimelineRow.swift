/// One row of chart cells, rendered with glyphs and optional colour.
struct TimelineRow {
    enum Cell: Equatable {
        case empty, done, todo, slip, status, deadline, latest, evaluation
        /// The bar lies wholly before the first column of a cut axis.
        case earlier
        /// The bar lies wholly after the last column of a cut axis.
        case later
        case milestone(done: Bool)
    }

    private(set) var cells: [Cell]

    init(columns: Int) { cells = Array(repeating: .empty, count: max(columns, 0)) }

    /// Sets column `c`; a column before the row marks column 0 `earlier`, one after it marks
    /// the last column `later`.
    mutating func place(_ c: Int, _ cell: Cell) {
        if cells.indices.contains(c) {
            cells[c] = cell
        } else if c < 0, !cells.isEmpty {
            cells[0] = .earlier
        } else if c >= cells.count, !cells.isEmpty {
            cells[cells.count - 1] = .later
        }
    }

    /// Sets column `c` (ignored outside the row).
    mutating func set(_ c: Int, _ cell: Cell) {
        if cells.indices.contains(c) { cells[c] = cell }
    }

    /// True when some part of the row lies before the chart.
    var hasEarlier: Bool { cells.first == .earlier }

    /// True when some part of the row lies after the chart.
    var hasLater: Bool { cells.last == .later }

    /// Sets column `c` only when nothing is drawn there yet.
    mutating func mark(_ c: Int, _ cell: Cell) {
        if cells.indices.contains(c), cells[c] == .empty { cells[c] = cell }
    }

    /// Draws a bar from `start` to `end`: done up to `doneThrough`, later than planned after
    /// `plannedEnd`, to do otherwise.
    mutating func bar(_ axis: TimelineAxis, start: CalendarDate, end: CalendarDate,
                      doneThrough: CalendarDate?, plannedEnd: CalendarDate) {
        let first = max(axis.column(of: start), 0), last = min(axis.lastColumn(of: end), cells.count - 1)
        if last < 0 { place(last, .earlier) }
        if first >= cells.count { place(first, .later) }
        guard first <= last else { return }
        for c in first...last {
            let day = max(axis.firstDay(ofColumn: c), start)
            if let d = doneThrough, day <= d {
                cells[c] = .done
            } else {
                cells[c] = axis.firstDay(ofColumn: c) > plannedEnd ? .slip : .todo
            }
        }
    }

    /// Draws the deadline line over the row, the latest-finish mark over it (when given), and
    /// the status-date and evaluation-date markers where the row is empty.
    mutating func markers(_ axis: TimelineAxis, status: CalendarDate?, deadline: CalendarDate,
                          latest: CalendarDate? = nil, evaluation: CalendarDate? = nil) {
        set(axis.column(of: deadline), .deadline)
        if let latest { set(axis.column(of: latest), .latest) }
        if let status { mark(axis.column(of: status), .status) }
        if let evaluation { mark(axis.column(of: evaluation), .evaluation) }
    }

    /// The row as text: one glyph per cell, coloured runs when `style` is on; trailing blanks
    /// are dropped unless `padded`.
    func render(_ g: TimelineGlyphs, _ style: TextStyle, padded: Bool = false) -> String {
        var end = cells.count
        while !padded, end > 0, cells[end - 1] == .empty { end -= 1 }
        var out = "", run = "", runColor: TextStyle.Color?
        func flush() {
            out += runColor.map { style.apply($0, run) } ?? run
            run = ""
        }
        for cell in cells[0..<end] {
            let (ch, color) = Self.look(cell, g)
            if color != runColor { flush(); runColor = color }
            run.append(ch)
        }
        flush()
        return out
    }

    static func look(_ cell: Cell, _ g: TimelineGlyphs) -> (Character, TextStyle.Color?) {
        switch cell {
        case .empty: (" ", nil)
        case .earlier: ("<", .gray)
        case .later: (">", .gray)
        case .done: (g.done, .green)
        case .todo: (g.todo, .blue)
        case .slip: (g.slip, .red)
        case .status: (g.status, .yellow)
        case .deadline: (g.deadline, .red)
        case .latest: (g.latest, .magenta)
        case .evaluation: (g.evaluation, .cyan)
        case .milestone(let done): (g.milestone, done ? .green : .yellow)
        }
    }
}
