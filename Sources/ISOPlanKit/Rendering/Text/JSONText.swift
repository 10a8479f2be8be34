/// Pieces of JSON written exactly as Foundation's `JSONEncoder` writes them with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, into byte buffers, for renderers
/// whose output is too large to go through it (the encoder builds a tree of the whole document
/// on one thread).
enum JSONText {
    /// A string: `"` and `\` escaped, control characters as \b \f \n \r \t or \u00XX,
    /// everything else (slashes, DEL, non-ASCII) as is.
    static func string(_ s: String, into out: inout [UInt8]) {
        var s = s
        out.append(0x22)
        s.withUTF8 { u in
            var start = 0
            for i in 0..<u.count {
                let c = u[i]
                guard c == 0x22 || c == 0x5C || c < 0x20 else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                out.append(0x5C)
                switch c {
                case 0x22, 0x5C: out.append(c)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default: out += [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]]
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start...]))
        }
        out.append(0x22)
    }

    static let hex = Array("0123456789abcdef".utf8)
    static let spaces = [UInt8](repeating: 0x20, count: 32)

    /// A byte buffer with the pieces of pretty-printed JSON.
    struct Writer {
        var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func raw(_ s: String) { JSONText.raw(s, into: &bytes) }
        mutating func string(_ s: String) { JSONText.string(s, into: &bytes) }
        mutating func comma() { bytes.append(0x2C); bytes.append(0x0A) }

        /// `indent` spaces, then `"k" : `.
        mutating func key(_ indent: Int, _ k: String) {
            bytes.append(contentsOf: JSONText.spaces.prefix(indent))
            bytes.append(0x22)
            raw(k)
            bytes.append(0x22)
            bytes.append(0x20)
            bytes.append(0x3A)
            bytes.append(0x20)
        }

        mutating func int(_ v: Int) {
            if v >= 0 && v < 10 { bytes.append(0x30 + UInt8(v)) } else { raw(String(v)) }
        }

        /// A date as the string `CalendarDate.iso` gives.
        mutating func date(_ d: CalendarDate) {
            let c = d.components
            guard (1000...9999).contains(c.year) else { return string(d.iso) }
            bytes.append(0x22)
            digits(c.year, 4)
            bytes.append(0x2D)
            digits(c.month, 2)
            bytes.append(0x2D)
            digits(c.day, 2)
            bytes.append(0x22)
        }

        mutating func digits(_ v: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var v = v
            while divisor > 0 {
                bytes.append(0x30 + UInt8(v / divisor))
                v %= divisor
                divisor /= 10
            }
        }
    }

    /// Appends the UTF-8 of `s`.
    static func raw(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// A finite number: its shortest form without a trailing ".0" (100.0 → 100, 1e-07 stays);
    /// nil for NaN and infinities, which JSON cannot hold.
    static func number(_ v: Double) -> String? {
        guard v.isFinite else { return nil }
        let d = v.description
        return d.hasSuffix(".0") ? String(d.dropLast(2)) : d
    }

    /// A top-level object whose first key (in sorted order) holds a list of objects written
    /// one by one: `head` up to the first item, `separator` between two, `tail` (the list's
    /// end, the other keys and the closing brace) after the last. The three pieces are what a
    /// stream writes around its items, and what `list` joins.
    struct ListDocument: Sendable {
        var head: [UInt8]
        var separator: [UInt8]
        var tail: [UInt8]

        /// `{ "key" : [` then `rest` after the list: the other keys, each written as
        /// `"k" : value,\n` at two spaces, the last one without the comma, and `}\n`.
        init(key: String, rest: [UInt8]) {
            head = Array("{\n  \"\(key)\" : [\n".utf8)
            separator = Array(",\n".utf8)
            tail = Array("\n  ],\n".utf8) + rest
        }

        /// The whole document with `items` (each an object indented by four spaces), the text
        /// `JSONEncoder` writes for it.
        func joined(_ items: [[UInt8]]) -> String {
            var all = [head]
            all.reserveCapacity(items.count * 2 + 1)
            for (i, item) in items.enumerated() {
                if i > 0 { all.append(separator) }
                all.append(item)
            }
            all.append(tail)
            return JSONText.joined(all)
        }
    }

    /// One string made of byte buffers (valid UTF-8 each), copied once.
    static func joined(_ parts: [[UInt8]]) -> String {
        let total = parts.reduce(0) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: total) { buf in
            var at = 0
            for p in parts {
                p.withUnsafeBufferPointer { src in
                    if let base = src.baseAddress { (buf.baseAddress! + at).initialize(from: base, count: src.count) }
                }
                at += p.count
            }
            return total
        }
    }
}

extension JSONText.Writer {
    /// Starts the next member of an object whose members are at `indent` spaces: `,` and a
    /// newline unless it is the first, then `"k" : `.
    mutating func member(_ indent: Int, _ k: String, first: Bool = false) {
        if !first { comma() }
        key(indent, k)
    }

    /// `{` and a newline: an object whose members follow.
    mutating func open(_ bracket: UInt8 = 0x7B) {
        bytes.append(bracket)
        bytes.append(0x0A)
    }

    /// A newline, `indent` spaces and `}` (or `bracket`): the end of an object or a list.
    mutating func close(_ indent: Int, _ bracket: UInt8 = 0x7D) {
        bytes.append(0x0A)
        bytes.append(contentsOf: JSONText.spaces.prefix(indent))
        bytes.append(bracket)
    }

    /// `indent` spaces.
    mutating func indent(_ n: Int) { bytes.append(contentsOf: JSONText.spaces.prefix(n)) }
}
