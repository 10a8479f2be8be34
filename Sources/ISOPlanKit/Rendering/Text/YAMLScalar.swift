/// Writes strings as YAML scalars: plain when a YAML reader (and an editor's YAML language
/// server) would read the plain text back as the same string, double-quoted otherwise.
///
/// The test for "plain is safe" is deliberately conservative: anything YAML 1.1 or 1.2 could
/// read as a number, a date, a boolean or null, anything with an indicator character at the
/// start, `: ` or ` #` inside, surrounding spaces or control characters gets quotes.
enum YAMLScalar {
    /// The scalar as it should appear after `key: ` (block context) or inside `[ ]` (`inFlow`).
    static func render(_ s: String, inFlow: Bool = false) -> String {
        needsQuotes(s, inFlow: inFlow) ? doubleQuoted(s) : s
    }

    /// True when `s` written plain would not read back as the same string.
    static func needsQuotes(_ s: String, inFlow: Bool = false) -> Bool {
        guard let first = s.first, let last = s.last else { return true }
        if first.isWhitespace || last.isWhitespace || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if s.contains(": ") || s.contains(" #") || s.hasPrefix("...") { return true }
        if inFlow && s.contains(where: { ",[]{}".contains($0) }) { return true }
        if s.unicodeScalars.contains(where: isControl) { return true }
        if reserved.contains(s.lowercased()) { return true }
        return looksNumeric(s)
    }

    /// `s` in double quotes, with `\`, `"` and control characters escaped.
    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isControl(u) {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Words YAML 1.1 or 1.2 reads as booleans, null or special floats.
    static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
        ".inf", "-.inf", "+.inf", ".nan",
    ]

    /// Digits with only number or date punctuation (`5.1`, `2019-07-01`, `1e3`, `12:30`), or a
    /// hexadecimal/octal literal: a reader may type these as numbers or dates.
    static func looksNumeric(_ s: String) -> Bool {
        let lower = s.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") { return true }
        guard s.contains(where: \.isASCII) && s.contains(where: { $0.isNumber }) else { return false }
        return s.allSatisfy { "0123456789+-._:eE".contains($0) }
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) || u.value == 0x2028 || u.value == 0x2029
            || u.value == 0xFEFF
    }
}
