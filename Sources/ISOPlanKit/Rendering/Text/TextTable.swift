/// A plain-text table that fits a width: fixed columns keep their width, flexible ones
/// share what is left, and cells are cut at grapheme boundaries with `…`.
struct TextTable: Sendable {
    /// One column's layout.
    struct Column: Sendable {
        var header: String
        var rightAligned: Bool
        /// Smallest width; flexible columns grow up to their content.
        var minWidth: Int
        /// Share of the spare width a flexible column gets (0 = fixed at its content width).
        var flex: Int
        /// Dropped first (lowest first) when even the minimum widths do not fit; 0 = never;
        /// negative = not shown.
        var dropPriority: Int
        /// A cell wider than the column wraps onto more lines at spaces instead of being cut.
        var wraps: Bool

        init(_ header: String, right: Bool = false, min: Int = 0, flex: Int = 0, drop: Int = 0,
             wrap: Bool = false) {
            self.header = header
            self.rightAligned = right
            self.minWidth = min
            self.flex = flex
            self.dropPriority = drop
            self.wraps = wrap
        }
    }

    var columns: [Column]
    /// The cells, a row at a time.
    var rows: [[String]] { didSet { cellWidths = Self.widest(rows) } }
    /// Per column, the width of its widest cell (0 when no row has one): every cell is
    /// measured once, not at each layout tried.
    private(set) var cellWidths: [Int]
    /// Spaces between columns.
    var gap = 2
    /// A header wider than its column's cells wraps at spaces instead of widening it.
    var wrapsHeaders = false

    init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
        cellWidths = Self.widest(rows)
    }

    /// Per column, the width of the widest cell.
    static func widest(_ rows: [[String]]) -> [Int] {
        var w: [Int] = []
        for row in rows {
            if row.count > w.count { w += repeatElement(0, count: row.count - w.count) }
            for (c, cell) in row.enumerated() { w[c] = max(w[c], TextWidth.of(cell)) }
        }
        return w
    }

    /// The width of column `c`'s widest cell.
    func widestCell(_ c: Int) -> Int { c < cellWidths.count ? cellWidths[c] : 0 }

    /// The table's lines, each at most `width` columns wide; `style` colours a cell
    /// (column, row index, padded text) after layout, so widths stay right.
    func render(width: Int, style: (Int, Int, String) -> String = { _, _, s in s }) -> [String] {
        let (visible, w) = fit(width: width)
        var lines: [String] = []
        let headers = visible.enumerated().map { k, c in
            wrapsHeaders && TextWidth.of(columns[c].header) > w[k] ? TextWrap.wrap(columns[c].header, width: w[k])
                : [columns[c].header]
        }
        for n in 0..<(headers.map(\.count).max() ?? 1) {
            lines.append(line(headers.map { n < $0.count ? $0[n] : "" }, visible, w, row: -1, style: { _, _, s in s }))
        }
        for (r, row) in rows.enumerated() {
            let cells = visible.enumerated().map { k, c -> [String] in
                let text = c < row.count ? row[c] : ""
                return columns[c].wraps && TextWidth.of(text) > w[k] ? TextWrap.wrap(text, width: w[k]) : [text]
            }
            for n in 0..<(cells.map(\.count).max() ?? 1) {
                lines.append(line(cells.map { n < $0.count ? $0[n] : "" }, visible, w, row: r, style: style))
            }
        }
        return lines
    }

    /// This table with each first cell (an agency's full name) replaced by `short[row]` when it
    /// is wider than the first column laid out at `width` (every one when that column is not
    /// shown): the full name when it fits, else the short form (docs/output-conventions.md).
    func shorteningNames(_ short: [String], width: Int) -> TextTable {
        let (visible, widths) = fit(width: width)
        let room = visible.first == 0 ? widths[0] : 0
        var table = self
        table.rows = zip(rows, short).map { row, s in
            row.isEmpty || TextWidth.of(row[0]) <= room ? row : [s] + row.dropFirst()
        }
        return table
    }

    /// True when some cell of a shown wrapping column is wider than its column.
    func wraps(width: Int) -> Bool {
        let (visible, w) = fit(width: width)
        return visible.enumerated().contains { k, c in
            columns[c].wraps && widestCell(c) > w[k]
        }
    }

    /// The columns shown within `width` (the droppable ones left out, lowest priority first,
    /// until the rest fit) and their widths.
    func fit(width: Int) -> (visible: [Int], widths: [Int]) {
        var visible = columns.indices.filter { columns[$0].dropPriority >= 0 }
        var widths = layout(visible, width: width)
        while widths == nil, let drop = visible.filter({ columns[$0].dropPriority > 0 })
            .min(by: { columns[$0].dropPriority < columns[$1].dropPriority }) {
            visible.removeAll { $0 == drop }
            widths = layout(visible, width: width)
        }
        return (visible, widths ?? visible.map { max(1, columns[$0].minWidth) })
    }

    func line(_ cells: [String], _ visible: [Int], _ w: [Int], row: Int,
              style: (Int, Int, String) -> String) -> String {
        var out = ""
        for (k, c) in visible.enumerated() {
            let cell = columns[c].rightAligned ? TextWidth.padLeft(cells[k], to: w[k]) : TextWidth.padRight(cells[k], to: w[k])
            out += (k == 0 ? "" : String(repeating: " ", count: gap)) + (row >= 0 ? style(c, row, cell) : cell)
        }
        return Self.trimmingTrailingSpaces(out)
    }

    /// `s` without its trailing spaces. The spaces are cut as bytes when the scalar before
    /// them is ASCII (each space is then a character of its own); otherwise a character at a
    /// time, as before.
    static func trimmingTrailingSpaces(_ s: String) -> String {
        let u = s.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        if end == u.endIndex { return s }
        if end == u.startIndex || u[u.index(before: end)] < 0x80 { return String(s[..<end]) }
        var out = s
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The columns a header needs: its longest word when headers wrap.
    func headerWidth(_ c: Int) -> Int {
        guard wrapsHeaders else { return TextWidth.of(columns[c].header) }
        return columns[c].header.split(separator: " ").map { TextWidth.of(String($0)) }.max() ?? 0
    }

    /// Column widths for the visible columns within `width`, or nil when they cannot fit.
    func layout(_ visible: [Int], width: Int) -> [Int]? {
        let natural = visible.map { c in max(headerWidth(c), widestCell(c)) }
        var w = visible.indices.map { k in
            columns[visible[k]].flex > 0 ? min(natural[k], max(columns[visible[k]].minWidth, headerWidth(visible[k]))) : natural[k]
        }
        let gaps = gap * max(0, visible.count - 1)
        if w.reduce(0, +) + gaps > width { return nil }
        var spare = width - gaps - w.reduce(0, +)
        // Hand out spare columns to flexible columns in proportion, never past their content.
        var growing = visible.indices.filter { columns[visible[$0]].flex > 0 && w[$0] < natural[$0] }
        while spare > 0 && !growing.isEmpty {
            let totalFlex = growing.reduce(0) { $0 + columns[visible[$1]].flex }
            var given = 0
            for k in growing {
                let share = max(1, spare * columns[visible[k]].flex / totalFlex)
                let add = min(share, natural[k] - w[k], spare - given)
                w[k] += add
                given += add
            }
            spare -= given
            growing = growing.filter { w[$0] < natural[$0] }
            if given == 0 { break }
        }
        return w
    }
}
