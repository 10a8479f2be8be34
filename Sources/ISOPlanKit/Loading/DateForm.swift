/// Reads the date forms people write instead of `YYYY-MM-DD`, to show the fix.
enum DateForm {
    /// The date meant by `text` when it is a real date in another common form: `2019-7-5`,
    /// `2019/07/05`, or day first as Vietnamese write it (`05/07/2019`, `5-7-2019`, `5.7.2019`
    /// = 5 July 2019), or a date with a time of day (`2019-09-30T10:00:00`, `2019-09-30 10:00`).
    /// Nil when it is no date at all.
    static func reading(_ text: String) -> CalendarDate? {
        var t = text.trimmingSpaces
        // A time after the date: the date alone is meant (a plan counts whole days).
        if let cut = t.firstIndex(where: { $0 == "T" || $0 == " " }), t.distance(from: t.startIndex, to: cut) == 10,
           t[t.index(after: cut)...].first?.isASCIIDigit == true {
            t = t[..<cut]
        }
        for sep: Character in ["-", "/", "."] {
            let parts = t.split(separator: sep, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                  let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2 {
                return CalendarDate(year: a, month: b, day: c)
            }
            if parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 {
                return CalendarDate(year: c, month: b, day: a)
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
