/// The drawing parts the SVG charts share: a linear time scale in points, the two-line axis
/// header in the chosen language, vertical date lines with labels that never overlap, fill
/// patterns that stay distinct in black and white, and a wrapping legend. Every text is
/// measured with `GlyphAdvance` before it is placed.
struct SVGChartFrame {
    /// Text size of the charts, in points.
    static let fontSize = 7.0
    static let face = Typeface.sans

    /// First day drawn (the 1st of a month) and the day after the last one drawn.
    let from: CalendarDate
    let until: CalendarDate
    /// Left and right edges of the plot area.
    let x0: Double
    let x1: Double
    /// Prefix of the pattern ids, unique within one HTML document.
    let id: String

    init(from lo: CalendarDate, through hi: CalendarDate, x0: Double, x1: Double, id: String) {
        from = CalendarDate(year: lo.year, month: lo.month, day: 1) ?? lo
        let next = hi.addingMonths(1)
        until = CalendarDate(year: next.year, month: next.month, day: 1) ?? hi.adding(days: 1)
        self.x0 = x0
        self.x1 = max(x1, x0 + 1)
        self.id = id
    }

    var perDay: Double { (x1 - x0) / Double(max(from.days(to: until), 1)) }

    /// Left edge of day `d`, clamped to the plot.
    func x(_ d: CalendarDate) -> Double { min(max(x0 + Double(from.days(to: d)) * perDay, x0), x1) }
    /// Right edge of day `d`.
    func xEnd(_ d: CalendarDate) -> Double { x(d.adding(days: 1)) }

    /// Month starts inside the plot, first included.
    var monthStarts: [CalendarDate] {
        var out: [CalendarDate] = [], d = from
        while d < until {
            out.append(d)
            d = d.addingMonths(1)
        }
        return out
    }

    static func t(_ s: String) -> String { MarkupText.escape(s) }
    static func n(_ v: Double) -> String { MarkupText.num(v) }
    static func width(_ s: String, size: Double = fontSize, bold: Bool = false) -> Double {
        GlyphAdvance.width(s, size: size, face: face) * (bold ? 1.08 : 1)
    }

    /// A text element; `anchor` start, middle or end.
    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false,
                     italic: Bool = false, size: Double = fontSize, fill: String = "#000") -> String {
        var a = "<text x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != "start" { a += " text-anchor=\"\(anchor)\"" }
        if bold { a += " font-weight=\"bold\"" }
        if italic { a += " font-style=\"italic\"" }
        if size != fontSize { a += " font-size=\"\(n(size))\"" }
        if fill != "#000" { a += " fill=\"\(fill)\"" }
        return a + ">" + t(s) + "</text>"
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil,
                     strokeWidth: Double = 0.5) -> String {
        var s = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(w, 0)))\" height=\"\(n(h))\" fill=\"\(fill)\""
        if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" }
        return s + "/>"
    }

    static func line(_ xa: Double, _ ya: Double, _ xb: Double, _ yb: Double, stroke: String, width: Double,
                     dash: String? = nil) -> String {
        var s = "<line x1=\"\(n(xa))\" y1=\"\(n(ya))\" x2=\"\(n(xb))\" y2=\"\(n(yb))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if let dash { s += " stroke-dasharray=\"\(dash)\"" }
        return s + "/>"
    }

    // The same elements written as UTF-8 at the end of `out` (the rows of a chart of
    // thousands of agencies), byte for byte what the `String` ones make.

    /// ` name="value"` with `value` a number.
    @inline(__always)
    static func attribute(_ name: StaticString, _ v: Double, _ out: inout [UInt8]) {
        ByteText.literal(name, to: &out)
        MarkupText.num(v, into: &out)
        out.append(0x22)
    }

    /// ` name="value"` with `value` as it is (a colour, an anchor).
    @inline(__always)
    static func attribute(_ name: StaticString, _ v: String, _ out: inout [UInt8]) {
        ByteText.literal(name, to: &out)
        ByteText.append(v, to: &out)
        out.append(0x22)
    }

    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false,
                     italic: Bool = false, size: Double = fontSize, fill: String = "#000", into out: inout [UInt8]) {
        attribute("<text x=\"", x, &out)
        attribute(" y=\"", y, &out)
        if anchor != "start" { attribute(" text-anchor=\"", anchor, &out) }
        if bold { ByteText.literal(" font-weight=\"bold\"", to: &out) }
        if italic { ByteText.literal(" font-style=\"italic\"", to: &out) }
        if size != fontSize { attribute(" font-size=\"", size, &out) }
        if fill != "#000" { attribute(" fill=\"", fill, &out) }
        out.append(0x3E)
        MarkupText.escape(s, into: &out)
        ByteText.literal("</text>", to: &out)
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil,
                     strokeWidth: Double = 0.5, into out: inout [UInt8]) {
        attribute("<rect x=\"", x, &out)
        attribute(" y=\"", y, &out)
        attribute(" width=\"", max(w, 0), &out)
        attribute(" height=\"", h, &out)
        attribute(" fill=\"", fill, &out)
        if let stroke {
            attribute(" stroke=\"", stroke, &out)
            attribute(" stroke-width=\"", strokeWidth, &out)
        }
        ByteText.literal("/>", to: &out)
    }

    static func line(_ xa: Double, _ ya: Double, _ xb: Double, _ yb: Double, stroke: String, width: Double,
                     dash: String? = nil, into out: inout [UInt8]) {
        attribute("<line x1=\"", xa, &out)
        attribute(" y1=\"", ya, &out)
        attribute(" x2=\"", xb, &out)
        attribute(" y2=\"", yb, &out)
        attribute(" stroke=\"", stroke, &out)
        attribute(" stroke-width=\"", width, &out)
        if let dash { attribute(" stroke-dasharray=\"", dash, &out) }
        ByteText.literal("/>", to: &out)
    }

    static func diamond(_ cx: Double, _ cy: Double, _ r: Double, filled: Bool) -> String {
        "<path d=\"M\(n(cx)) \(n(cy - r))L\(n(cx + r)) \(n(cy))L\(n(cx)) \(n(cy + r))L\(n(cx - r)) \(n(cy))Z\" fill=\"\(filled ? "#000" : "#fff")\" stroke=\"#000\" stroke-width=\"0.8\"/>"
    }

    static func triangleDown(_ cx: Double, _ y: Double, _ r: Double) -> String {
        "<path d=\"M\(n(cx - r)) \(n(y))L\(n(cx + r)) \(n(y))L\(n(cx)) \(n(y + r * 1.4))Z\" fill=\"#6a1b9a\" stroke=\"#000\" stroke-width=\"0.4\"/>"
    }

    // MARK: fills

    enum Fill { case done, todo, slip }

    /// The fill of a bar part: solid for done, hatched for to do, cross-hatched for late, so
    /// the three stay apart on a black-and-white printout.
    func fill(_ f: Fill) -> String {
        switch f {
        case .done: "#1b5e20"
        case .todo: "url(#\(id)-todo)"
        case .slip: "url(#\(id)-slip)"
        }
    }

    var defs: String {
        "<defs><pattern id=\"\(id)-todo\" patternUnits=\"userSpaceOnUse\" width=\"3\" height=\"3\">"
            + "<rect width=\"3\" height=\"3\" fill=\"#bbdefb\"/><path d=\"M0 3L3 0\" stroke=\"#0d47a1\" stroke-width=\"0.7\"/></pattern>"
            + "<pattern id=\"\(id)-slip\" patternUnits=\"userSpaceOnUse\" width=\"3\" height=\"3\">"
            + "<rect width=\"3\" height=\"3\" fill=\"#ffcdd2\"/><path d=\"M0 0L3 3M0 3L3 0\" stroke=\"#b71c1c\" stroke-width=\"0.6\"/></pattern></defs>"
    }

    // MARK: axis

    /// Month names of the axis: Th1…Th12 in Vietnamese, Jan…Dec in English.
    static func month(_ m: Int, _ l: Language) -> String {
        l == .vi ? "Th\(m)" : TimelineWords.month(m, .en)
    }

    static func quarter(_ q: Int, _ l: Language) -> String {
        let roman = ["I", "II", "III", "IV"][max(min(q, 4), 1) - 1]
        return l == .vi ? "Quý \(roman)" : "Q\(q)"
    }

    /// The axis header between `top` and `top + 22`: years on the first line, months (or
    /// quarters, or nothing when even those do not fit) on the second, and the grid.
    func axis(top: Double, bottom: Double, language l: Language) -> [String] {
        var out: [String] = []
        let months = monthStarts
        let monthW = perDay * 28
        let widest = (1...12).map { Self.width(Self.month($0, l)) }.max() ?? 20
        let quarterW = perDay * 89
        let widestQ = (1...4).map { Self.width(Self.quarter($0, l)) }.max() ?? 20
        for d in months {
            let xa = x(d), xb = x(d.addingMonths(1))
            let yearStart = d.month == 1 || d == from
            // Year lines cross both label lines, quarter lines the second; other month lines
            // start under the labels, so no line runs through a label.
            let lineTop = yearStart ? top : (d.month - 1) % 3 == 0 && monthW < widest + 2 ? top + 11 : top + 22
            out.append(Self.line(xa, lineTop, xa, bottom, stroke: yearStart ? "#9e9e9e" : "#e0e0e0",
                                 width: yearStart ? 0.6 : 0.4))
            if yearStart {
                let end = x(CalendarDate(year: d.year + 1, month: 1, day: 1) ?? until)
                let label = String(d.year)
                if Self.width(label) + 2 <= end - xa { out.append(Self.text(label, x: xa + 2, y: top + 8, bold: true)) }
            }
            if monthW >= widest + 2 {
                out.append(Self.text(Self.month(d.month, l), x: (xa + xb) / 2, y: top + 19, anchor: "middle"))
            } else if (d.month - 1) % 3 == 0 {
                // Quarters: "Quý III" / "Q3" when it fits, else the bare numeral.
                let q = (d.month - 1) / 3 + 1, qb = x(d.addingMonths(3))
                let long = Self.quarter(q, l), short = l == .vi ? ["I", "II", "III", "IV"][q - 1] : "Q\(q)"
                let label = quarterW >= widestQ + 2 ? long : short
                if qb - xa >= Self.width(label) + 2 {
                    out.append(Self.text(label, x: (xa + qb) / 2, y: top + 19, anchor: "middle"))
                }
            }
        }
        out.append(Self.line(x1, top, x1, bottom, stroke: "#e0e0e0", width: 0.4))
        out.append(Self.line(x0, top + 22, x1, top + 22, stroke: "#9e9e9e", width: 0.5))
        return out
    }

    // MARK: date lines

    struct DateLine {
        enum Style { case status, evaluation, deadline }
        var style: Style
        var date: CalendarDate
        var label: String
    }

    static func stroke(_ s: DateLine.Style) -> (String, Double, String?) {
        switch s {
        case .status: ("#616161", 0.8, "3 1.5")
        case .evaluation: ("#0d47a1", 0.9, "1 1.2")
        case .deadline: ("#b71c1c", 1.4, nil)
        }
    }

    /// The label band: one line of text per date line, each label placed at its line and kept
    /// inside the plot, so two labels never overlap. Returns the elements and the bands' height.
    func dateLabels(_ lines: [DateLine], top: Double) -> [String] {
        var out: [String] = []
        for (k, dl) in lines.enumerated() {
            let y = top + 8 + Double(k) * 9
            let xa = x(dl.date) + perDay / 2
            let w = Self.width(dl.label)
            let anchorEnd = xa + 3 + w > x1
            let (color, _, _) = Self.stroke(dl.style)
            out.append(Self.text(dl.label, x: anchorEnd ? xa - 3 : xa + 3, y: y, anchor: anchorEnd ? "end" : "start",
                                 fill: color))
        }
        return out
    }

    func dateLineMarks(_ lines: [DateLine], top: Double, bottom: Double) -> [String] {
        lines.map { dl in
            let xa = x(dl.date) + perDay / 2
            let (color, w, dash) = Self.stroke(dl.style)
            return Self.line(xa, top, xa, bottom, stroke: color, width: w, dash: dash)
        }
    }

    // MARK: legend

    enum Swatch { case fill(Fill), line(DateLine.Style), milestone, critical, latest, none }

    /// The legend, wrapped to the plot width; returns the elements and the height used.
    func legend(_ items: [(Swatch, String)], left: Double, right: Double, top: Double) -> ([String], Double) {
        var out: [String] = []
        var x = left, y = top + 8
        for (swatch, label) in items {
            let w = 14 + Self.width(label) + 10
            if x + w > right, x > left {
                x = left
                y += 10
            }
            switch swatch {
            case .fill(let f): out.append(Self.rect(x, y - 6, 10, 6, fill: fill(f), stroke: "#000", strokeWidth: 0.3))
            case .line(let s):
                let (c, lw, dash) = Self.stroke(s)
                out.append(Self.line(x + 5, y - 7, x + 5, y + 1, stroke: c, width: lw, dash: dash))
            case .milestone: out.append(Self.diamond(x + 5, y - 3, 3.2, filled: false))
            case .critical: out.append(Self.rect(x, y - 6, 10, 6, fill: "#fff", stroke: "#000", strokeWidth: 1.2))
            case .latest: out.append(Self.triangleDown(x + 5, y - 6, 2.8))
            case .none: break
            }
            out.append(Self.text(label, x: x + 14, y: y))
            x += w
        }
        return (out, y - top + 4)
    }

    /// The opening tag of an SVG `width` × `height` points, with its accessible title.
    static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))pt\" height=\"\(n(height))pt\" viewBox=\"0 0 \(n(width)) \(n(height))\""
            + " font-family=\"\(face.family)\" font-size=\"\(n(fontSize))\" role=\"img\" aria-label=\"\(t(title))\"><title>\(t(title))</title>"
    }
}
