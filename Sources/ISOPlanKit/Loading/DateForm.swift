/// Reads the date forms people write instead of `YYYY-MM-DD`, to show the fix.
enum DateForm {
    /// The date meant by `text` when it is a real date in another common form: `2019-7-5`,
    /// `2019/07/05`, or day first as Vietnamese write it (`05/07/2019`, `5-7-2019`, `5.7.2019`
    /// = 5 July 2019). Nil when it is no date at all.
    static func reading(_ text: String) -> CalendarDate? {
        let t = text.trimmingSpaces
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
