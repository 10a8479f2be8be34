import Foundation

/// Small pieces of UTF-8 output written straight into a byte buffer (the streamed
/// renderers build each agency's bytes this way instead of joining `String`s).
enum ByteText {
    /// Appends the UTF-8 of `s`.
    @inline(__always)
    static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 of a literal (no `String` made).
    @inline(__always)
    static func literal(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 of `s`, each byte for which `special` holds written by `replace`
    /// instead; `special` holds only for ASCII bytes (never part of a multi-byte character),
    /// so the runs between them are copied whole. The escaping of the markup, iCalendar and
    /// other byte writers.
    @inline(__always)
    static func append(_ s: String, to out: inout [UInt8], replacing special: (UInt8) -> Bool,
                       with replace: (UInt8, inout [UInt8]) -> Void) {
        var s = s
        s.withUTF8 { b in
            var run = 0
            for i in 0..<b.count where special(b[i]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                run = i + 1
                replace(b[i], &out)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
    }

    /// `String(v)`: an integer in decimal, with a minus sign when negative.
    static func int(_ v: Int, into out: inout [UInt8]) {
        if v >= 0 && v < 10 { out.append(0x30 + UInt8(v)); return }
        if v < 0 { out.append(0x2D) }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[n] = 0x30 + UInt8(m % 10); m /= 10; n += 1 } while m > 0
            while n > 0 { n -= 1; out.append(d[n]) }
        }
    }

    /// `d.iso` (`YYYY-MM-DD`).
    static func iso(_ d: CalendarDate, into out: inout [UInt8]) {
        date(d, separator: 0x2D, into: &out)
    }

    /// `d.iso` without its dashes (`YYYYMMDD`, an iCalendar DATE).
    static func compactISO(_ d: CalendarDate, into out: inout [UInt8]) {
        date(d, separator: nil, into: &out)
    }

    private static func date(_ d: CalendarDate, separator: UInt8?, into out: inout [UInt8]) {
        let c = d.components
        guard (0...9999).contains(c.year) else {
            let iso = d.iso
            append(separator == nil ? iso.replacingOccurrences(of: "-", with: "") : iso, to: &out)
            return
        }
        out.append(0x30 + UInt8(c.year / 1000)); out.append(0x30 + UInt8(c.year / 100 % 10))
        out.append(0x30 + UInt8(c.year / 10 % 10)); out.append(0x30 + UInt8(c.year % 10))
        if let separator { out.append(separator) }
        out.append(0x30 + UInt8(c.month / 10)); out.append(0x30 + UInt8(c.month % 10))
        if let separator { out.append(separator) }
        out.append(0x30 + UInt8(c.day / 10)); out.append(0x30 + UInt8(c.day % 10))
    }
}
