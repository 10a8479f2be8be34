import Foundation

/// Content lines of an iCalendar file (RFC 5545 §3.1, §3.3.11).
enum ICalendarText {
    /// A TEXT value with `\`, `;`, `,` and newlines escaped (CR dropped, CRLF one newline).
    static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        escape(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(s)` written as UTF-8 at the end of `out`. Every byte that changes is ASCII (and
    /// so never part of a multi-byte character): the bytes are copied as they are up to the
    /// next one that changes.
    static func escape(_ s: String, into out: inout [UInt8]) {
        ByteText.append(s, to: &out, replacing: { c in
            c < 0x20 || c == 0x7F || c == 0x5C || c == 0x3B || c == 0x2C
        }, with: { c, out in
            switch c {
            case 0x5C, 0x3B, 0x2C: out.append(0x5C); out.append(c)     // \\ \; \,
            case 0x0A: out.append(0x5C); out.append(0x6E)              // \n
            case 0x0D: break
            default: out.append(0x20)
            }
        })
    }

    /// The general form of `escape`, scalar by scalar (the tests hold the byte form to it).
    static func escapeScalars(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default: if u.value < 32 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// `line` folded to at most 75 octets per line, continuation lines starting with one space,
    /// never cutting a multi-byte UTF-8 character; each line ends with CRLF.
    static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        fold(Array(line.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `fold` of the UTF-8 line `bytes`, written at the end of `out`.
    static func fold(_ bytes: [UInt8], into out: inout [UInt8]) {
        if bytes.count <= 75 {
            out.append(contentsOf: bytes)
            out.append(13); out.append(10)
            return
        }
        var i = 0, room = 75
        while i < bytes.count {
            var end = min(i + room, bytes.count)
            // Back up to the start of a character: never end a line before a continuation byte.
            while end < bytes.count, end > i, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if i > 0 { out.append(13); out.append(10); out.append(32) }
            out.append(contentsOf: bytes[i..<end])
            i = end
            room = 74
        }
        out.append(13); out.append(10)
    }

    /// A DATE value: `20201231`.
    static func date(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }
}
