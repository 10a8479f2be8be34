import Foundation

/// The typefaces the printed outputs use: Times New Roman (Liberation Serif, Tinos) for the
/// report, Arial (Liberation Sans, Arimo) for the charts. Both are metric-compatible pairs, so
/// one advance table serves each.
enum Typeface: Sendable {
    case serif, sans

    /// The CSS/SVG font-family list, metric-compatible fonts first.
    var family: String {
        switch self {
        case .serif: "'Times New Roman', 'Liberation Serif', Tinos, serif"
        case .sans: "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif"
        }
    }
}

/// Approximate advance widths of Vietnamese text, so labels are measured in the page's units
/// (points) before they are placed. A letter with combining diacritics advances as its base
/// letter (ơ and ư a little more for the horn); characters outside the table count as a wide
/// letter, so a guess errs towards more room.
enum GlyphAdvance {
    /// Width of `text` at `size` points.
    static func width(_ text: String, size: Double, face: Typeface) -> Double {
        var em = 0.0
        if scalarsAreCharacters(text) {
            for u in text.unicodeScalars { em += advance(u, face) }
        } else {
            for ch in text { em += advance(ch, face) }
        }
        return em * size
    }

    /// `text` when it fits in `maxWidth` points, else cut at a character boundary with "…".
    static func fit(_ text: String, maxWidth: Double, size: Double, face: Typeface) -> String {
        if width(text, size: size, face: face) <= maxWidth { return text }
        let room = maxWidth - width("…", size: size, face: face)
        var out = scalarsAreCharacters(text)
            ? String(prefix(text.unicodeScalars, room: room) { advance($0, face) * size })
            : String(prefix(text, room: room) { advance($0, face) * size })
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The longest start of `items` whose widths add up to at most `room`.
    static func prefix<C: Collection>(_ items: C, room: Double, width: (C.Element) -> Double) -> C.SubSequence {
        var used = 0.0, end = items.startIndex
        while end < items.endIndex {
            let w = width(items[end])
            if used + w > room { break }
            used += w
            end = items.index(after: end)
        }
        return items[..<end]
    }

    /// True when every scalar of `text` is a character of its own: no combining mark, joiner
    /// or CR (Basic Latin to Spacing Modifiers without CR, Latin Extended Additional, which
    /// holds the precomposed Vietnamese letters, and U+2010–2027 dashes, quotes and "…").
    /// Such text is measured scalar by scalar, which costs far less than walking characters
    /// and gives the same widths.
    static func scalarsAreCharacters(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { u in
            let v = u.value
            return (v < 0x300 && v != 0x0D) || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v)
        }
    }

    /// Advance of one character in ems.
    static func advance(_ ch: Character, _ face: Typeface) -> Double {
        guard let first = ch.unicodeScalars.first else { return 0 }
        return advance(first, face)
    }

    /// Advance in ems of a character whose first scalar is `first`.
    static func advance(_ first: Unicode.Scalar, _ face: Typeface) -> Double {
        let v = first.value
        if v >= 32, v < 127 { return Double((face == .serif ? serif : sans)[Int(v) - 32]) / 1000 }
        if let w = (face == .serif ? serifExtra : sansExtra)[v] { return w }
        switch first {
        case "…": return 1.0
        case "–": return 0.5
        case "—": return 1.0
        case "\u{00A0}": return advance(Unicode.Scalar(32), face)
        case "·", "•": return 0.35
        case "⚠", "◆", "▲", "▼": return 1.0
        default: return face == .serif ? 0.72 : 0.78
        }
    }

    /// Advances of the Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A
    /// and -B, Latin Extended Additional, which holds most Vietnamese letters), computed once
    /// from their base letters: decomposing on every call would cost more than the drawing.
    static let serifExtra = extraTable(.serif)
    static let sansExtra = extraTable(.sans)

    static func extraTable(_ face: Typeface) -> [UInt32: Double] {
        var table: [UInt32: Double] = [:]
        for v in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let b = base(u)
            let asciiBase: Unicode.Scalar? = u == "đ" ? "d" : u == "Đ" ? "D" : b.value < 127 ? b : nil
            guard let a = asciiBase else { continue }
            let w = Double((face == .serif ? serif : sans)[Int(a.value) - 32]) / 1000
            table[UInt32(v)] = w + (horn(Character(u)) ? 0.06 : 0)
        }
        return table
    }

    /// The base letter of a precomposed letter (ế → e), or the scalar itself.
    static func base(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0xC0 { return s }
        let d = String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let b = d.first, b.value < 127 else { return s }
        return b
    }

    static func horn(_ ch: Character) -> Bool {
        String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.contains { $0.value == 0x31B }
    }

    /// Times New Roman advances per 1000 em, characters 32…126.
    static let serif: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ]
    /// Arial advances per 1000 em, characters 32…126.
    static let sans: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
}
