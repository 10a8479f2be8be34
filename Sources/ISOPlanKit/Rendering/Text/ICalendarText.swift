/// Content lines of an iCalendar file (RFC 5545 §3.1, §3.3.11).
enum ICalendarText {
    /// A TEXT value with `\`, `;`, `,` and newlines escaped (CR dropped, CRLF one newline).
    static func escape(_ s: String) -> String {
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
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var i = 0, room = 75
        while i < bytes.count {
            var end = min(i + room, bytes.count)
            // Back up to the start of a character: never end a line before a continuation byte.
            while end < bytes.count, end > i, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if i > 0 { out += [13, 10, 32] }
            out += bytes[i..<end]
            i = end
            room = 74
        }
        out += [13, 10]
        return String(decoding: out, as: UTF8.self)
    }

    /// A DATE value: `20201231`.
    static func date(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }
}
