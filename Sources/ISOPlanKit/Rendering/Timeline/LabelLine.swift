/// One line of axis labels: labels never touch, boundary labels win over the first column's.
struct LabelLine {
    private var cells: [Character]
    private var used: [Bool]

    init(_ columns: Int) {
        cells = Array(repeating: " ", count: max(columns, 0))
        used = Array(repeating: false, count: max(columns, 0))
    }

    var text: String { String(cells) }

    /// Labels each column whose period contains a day matching `isBoundary` with the first of
    /// that day's labels that fits (the later ones are shorter forms, like `'21` for 2021), at
    /// that column or, when crowded, one column later in the same period; then labels column 0
    /// with the first of its own labels that fits. Returns how many boundaries got no label
    /// although a later one did (a gap in the labels).
    @discardableResult
    mutating func placeAtBoundaries(_ axis: TimelineAxis, _ isBoundary: (CalendarDate) -> Bool,
                                    _ labels: (CalendarDate) -> [String]) -> Int {
        var dropped = 0, pending = 0
        var previous: CalendarDate?
        for c in 0..<cells.count {
            // A day shared by two columns (columns of fractional days) is one boundary.
            guard let d = Self.boundary(axis, c, isBoundary), d != previous else { continue }
            previous = d
            let next = c + 1 < cells.count && Self.boundary(axis, c + 1, isBoundary) == nil
            let placed = labels(d).contains { l in place(l, at: c) || (next && place(l, at: c + 1)) }
            // A gap between labels counts; labels missing only at the right end (cut off by
            // the edge, or crowded there) read as the chart's end, not as a gap.
            if placed { dropped += pending; pending = 0 } else if c > 0 { pending += 1 }
        }
        guard !cells.isEmpty, !used[0] else { return dropped }
        for l in labels(axis.firstDay(ofColumn: 0)) where place(l, at: 0) { break }
        return dropped
    }

    /// Labels the boundaries of the first of `choices` (finest first: every quarter, then every
    /// other one …) whose labels all fit, so a crowded axis shows fewer labels at a regular
    /// step instead of skipping one here and there; the coarsest when none fits whole.
    mutating func placeEvenly(_ axis: TimelineAxis, _ choices: [(CalendarDate) -> Bool],
                              _ labels: (CalendarDate) -> [String]) {
        for (k, isBoundary) in choices.enumerated() {
            var trial = self
            if trial.placeAtBoundaries(axis, isBoundary, labels) == 0 || k == choices.count - 1 {
                self = trial
                return
            }
        }
    }

    /// The first day of column `c` that matches `isBoundary`, if any.
    static func boundary(_ axis: TimelineAxis, _ c: Int, _ isBoundary: (CalendarDate) -> Bool) -> CalendarDate? {
        var d = axis.firstDay(ofColumn: c)
        let last = axis.lastDay(ofColumn: c)
        while d <= last {
            if isBoundary(d) { return d }
            d = d.adding(days: 1)
        }
        return nil
    }

    /// Writes `s` at column `c` when it fits with a blank column on each side.
    mutating func place(_ s: String, at c: Int) -> Bool {
        let chars = Array(s)
        guard c >= 0, c + chars.count <= cells.count else { return false }
        let lo = max(c - 1, 0), hi = min(c + chars.count, cells.count - 1)
        if used[lo...hi].contains(true) { return false }
        for (k, ch) in chars.enumerated() {
            cells[c + k] = ch
            used[c + k] = true
        }
        return true
    }
}
