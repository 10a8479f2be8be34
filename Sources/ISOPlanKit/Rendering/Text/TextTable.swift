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
    func render(width: Int, style: ((Int, Int, String) -> String)? = nil) -> [String] {
        var lines: [String] = [], buffer: [UInt8] = []
        forEachLine(width: width, style: style) { cells, visible, w, row, style in
            buffer.removeAll(keepingCapacity: true)
            line(cells, visible, w, row: row, style: style, into: &buffer)
            lines.append(String(decoding: buffer, as: UTF8.self))
        }
        return lines
    }

    /// `render`'s lines, each ended by a newline, appended to `out` as UTF-8.
    func render(width: Int, style: ((Int, Int, String) -> String)? = nil, into out: inout [UInt8]) {
        forEachLine(width: width, style: style) { cells, visible, w, row, style in
            line(cells, visible, w, row: row, style: style, into: &out)
            out.append(0x0A)
        }
    }

    /// The cells of each line (headers first, then the rows' lines), in order.
    private func forEachLine(width: Int, style: ((Int, Int, String) -> String)?,
                             _ body: ([String], [Int], [Int], Int, ((Int, Int, String) -> String)?) -> Void) {
        let (visible, w) = fit(width: width)
        let headers = visible.enumerated().map { k, c in
            wrapsHeaders && TextWidth.of(columns[c].header) > w[k] ? TextWrap.wrap(columns[c].header, width: w[k])
                : [columns[c].header]
        }
        for n in 0..<(headers.map(\.count).max() ?? 1) {
            body(headers.map { n < $0.count ? $0[n] : "" }, visible, w, -1, nil)
        }
        var cells: [String] = []
        for (r, row) in rows.enumerated() {
            var wrapped: [[String]]? = nil
            cells.removeAll(keepingCapacity: true)
            for (k, c) in visible.enumerated() {
                let text = c < row.count ? row[c] : ""
                if columns[c].wraps && TextWidth.of(text) > w[k] {
                    if wrapped == nil { wrapped = cells.map { [$0] } }
                    wrapped!.append(TextWrap.wrap(text, width: w[k]))
                } else if wrapped != nil {
                    wrapped!.append([text])
                } else {
                    cells.append(text)
                }
            }
            guard let wrapped else { body(cells, visible, w, r, style); continue }
            for n in 0..<(wrapped.map(\.count).max() ?? 1) {
                body(wrapped.map { n < $0.count ? $0[n] : "" }, visible, w, r, style)
            }
        }
    }

    /// This table with each first cell (an agency's full name) replaced by `short[row]` when it
    /// is wider than the first column laid out at `width` (every one when that column is not
    /// shown): the full name when it fits, else the short form (docs/output-conventions.md).
    func shorteningNames(_ short: [String], width: Int) -> TextTable {
        shorteningNames(width: width, count: short.count) { short[$0] }
    }

    /// `shorteningNames` asking `short` only for the rows of the first `count` whose names
    /// do not fit.
    func shorteningNames(width: Int, count: Int, _ short: (Int) -> String) -> TextTable {
        let (visible, widths) = fit(width: width)
        let room = visible.first == 0 ? widths[0] : 0
        // Only first cells change: the other columns keep their measured widths.
        var first = 0, longest = 0
        let shortened = zip(rows.indices.prefix(count), rows).map { r, row -> [String] in
            guard !row.isEmpty else { return row }
            longest = max(longest, row.count)
            let w = TextWidth.of(row[0])
            if w <= room { first = max(first, w); return row }
            let s = short(r)
            first = max(first, TextWidth.of(s))
            return [s] + row.dropFirst()
        }
        // (Rows beyond `count` are left out: then every column is measured again.)
        var measured = count >= rows.count ? Array(cellWidths.prefix(longest)) : Self.widest(shortened)
        if count >= rows.count, !measured.isEmpty { measured[0] = first }
        return TextTable(columns: columns, rows: shortened, cellWidths: measured, gap: gap, wrapsHeaders: wrapsHeaders)
    }

    /// A table whose cells were measured already (`cellWidths` as `widest(rows)` gives).
    private init(columns: [Column], rows: [[String]], cellWidths: [Int], gap: Int, wrapsHeaders: Bool) {
        self.columns = columns
        self.rows = rows
        self.cellWidths = cellWidths
        self.gap = gap
        self.wrapsHeaders = wrapsHeaders
    }

    /// True when some cell of a shown wrapping column is wider than its column.
    func wraps(width: Int) -> Bool {
        let (visible, w) = fit(width: width)
        return visible.enumerated().contains { k, c in
            columns[c].wraps && widestCell(c) > w[k]
        }
    }

    /// True when the columns shown fit `width` (false when even their least widths do not).
    func fits(width: Int) -> Bool {
        let (visible, widths) = fit(width: width)
        return widths.reduce(0, +) + gap * max(visible.count - 1, 0) <= width
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

    /// One line of `cells` laid out in the columns `visible` of widths `w`, its trailing
    /// spaces cut, appended to `out`; `style` (row >= 0 only) colours a padded cell.
    func line(_ cells: [String], _ visible: [Int], _ w: [Int], row: Int,
              style: ((Int, Int, String) -> String)?, into out: inout [UInt8]) {
        let start = out.count
        for (k, c) in visible.enumerated() {
            if k > 0 { out.append(contentsOf: repeatElement(0x20, count: gap)) }
            if row >= 0, let style {
                let cell = columns[c].rightAligned ? TextWidth.padLeft(cells[k], to: w[k]) : TextWidth.padRight(cells[k], to: w[k])
                ByteText.append(style(c, row, cell), to: &out)
                continue
            }
            var text = cells[k], used = TextWidth.of(text)
            if used > w[k] { text = TextWidth.truncate(text, to: w[k]); used = TextWidth.of(text) }
            let pad = max(0, w[k] - used)
            if columns[c].rightAligned {
                out.append(contentsOf: repeatElement(0x20, count: pad))
                ByteText.append(text, to: &out)
            } else {
                ByteText.append(text, to: &out)
                out.append(contentsOf: repeatElement(0x20, count: pad))
            }
        }
        // Trailing spaces, as `trimmingTrailingSpaces` cuts them.
        var end = out.count
        while end > start && out[end - 1] == 0x20 { end -= 1 }
        if end == out.count { return }
        if end == start || out[end - 1] < 0x80 { out.removeSubrange(end...); return }
        let trimmed = Self.trimmingTrailingSpaces(String(decoding: out[start...], as: UTF8.self))
        out.removeSubrange(start...)
        ByteText.append(trimmed, to: &out)
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
    /// The least width of column `c`'s header: whole, or when headers wrap, the least width
    /// that wraps it into two lines at most (`Báo cáo / kỳ này`, not one word a line).
    func headerWidth(_ c: Int) -> Int {
        let header = columns[c].header, whole = TextWidth.of(header)
        guard wrapsHeaders else { return whole }
        var w = header.split(separator: " ").map { TextWidth.of(String($0)) }.max() ?? 0
        while w < whole && TextWrap.wrap(header, width: w).count > 2 { w += 1 }
        return w
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
