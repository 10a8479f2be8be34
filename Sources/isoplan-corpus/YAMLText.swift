/// Writes scalars the way a person would: plain when YAML reads them back unchanged, else quoted.
enum YAMLText {
    /// `s` as a plain or double-quoted scalar; `flow` when it sits inside `{…}` or `[…]`.
    static func scalar(_ s: String, flow: Bool = false) -> String {
        needsQuotes(s, flow: flow) ? quoted(s) : s
    }

    static func needsQuotes(_ s: String, flow: Bool) -> Bool {
        guard let first = s.first, let last = s.last else { return true }
        if " -?:,[]{}#&*!|>'\"%@`".contains(first) || last == " " || last == ":" { return true }
        if s.contains(": ") || s.contains(" #") { return true }
        if flow && (s.contains(",") || s.contains("[") || s.contains("]") || s.contains("{") || s.contains("}")) {
            return true
        }
        return ["true", "false", "yes", "no", "null", "~", "on", "off"].contains(s.lowercased())
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// `[a, b, c]` with each element as a flow scalar.
    static func flowList(_ items: [String], quoteAll: Bool = false) -> String {
        "[" + items.map { quoteAll ? quoted($0) : scalar($0, flow: true) }.joined(separator: ", ") + "]"
    }
}
