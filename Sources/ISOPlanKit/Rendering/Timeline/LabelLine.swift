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
    /// that day's labels; then labels column 0 with the first of its own labels that fits
    /// (the later ones are shorter forms, like `'19` for 2019).
    mutating func placeAtBoundaries(_ axis: TimelineAxis, _ isBoundary: (CalendarDate) -> Bool,
                                    _ labels: (CalendarDate) -> [String]) {
        for c in 0..<cells.count {
            guard let d = Self.boundary(axis, c, isBoundary) else { continue }
            // Crowded by the previous label: one column later, while still in the same period
            // (the next column starts no new one).
            if let l = labels(d).first, !place(l, at: c), c + 1 < cells.count,
               Self.boundary(axis, c + 1, isBoundary) == nil {
                _ = place(l, at: c + 1)
            }
        }
        guard !cells.isEmpty, !used[0] else { return }
        for l in labels(axis.firstDay(ofColumn: 0)) where place(l, at: 0) { break }
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
