/// Numbers and percents in text for people, the same in every command
/// (docs/output-conventions.md): English `78.6%`, Vietnamese `78,6 %`. Dates in text are
/// `CalendarDate.vietnamese` (`31/12/2020`) in both languages.
enum NumberText {
    /// `v` with at most `digits` decimals (a trailing zero dropped), the decimal separator of
    /// the language: `3.3` / `3,3`, `3` for 3.0.
    static func decimal(_ v: Double, _ lang: Language, digits: Int = 1) -> String {
        var scale = 1
        for _ in 0..<max(digits, 0) { scale *= 10 }
        let n = Int((v * Double(scale)).rounded())
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / scale
        var frac = abs(n) % scale
        var places = max(digits, 0)
        while places > 0 && frac % 10 == 0 { frac /= 10; places -= 1 }
        guard places > 0 else { return sign + String(whole) }
        let text = String(frac)
        let padded = String(repeating: "0", count: places - text.count) + text
        return sign + String(whole) + (lang == .vi ? "," : ".") + padded
    }

    /// A percent: `78.6%` in English, `78,6 %` in Vietnamese.
    static func percent(_ v: Double, _ lang: Language, digits: Int = 1) -> String {
        decimal(v, lang, digits: digits) + (lang == .vi ? " %" : "%")
    }

    /// A whole percent: `30%` / `30 %`.
    static func percent(_ v: Int, _ lang: Language) -> String {
        String(v) + (lang == .vi ? " %" : "%")
    }

    /// Progress as a whole percent that reads 100 only when everything is done (99.6 → `99%`):
    /// `30%` / `30 %`.
    static func progress(_ p: Double, _ lang: Language) -> String {
        percent(p >= 100 ? 100 : max(min(Int(p.rounded()), 99), 0), lang)
    }

    /// One decimal with a point, for machine formats (CSV): `78.6`, `0.0`.
    static func machine(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
