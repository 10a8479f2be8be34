extension String {
    /// The string without trailing blanks.
    var trimmingTrailingSpaces: String {
        var t = Substring(self)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// The string with its first letter lowercased (for reusing a header word in the legend).
    var lowercasedFirst: String {
        guard let f = first else { return self }
        return f.lowercased() + dropFirst()
    }

    /// Replaces the first run of digits (with an optional minus) by `s`.
    func replacingFirstNumber(with s: String) -> String {
        guard let start = firstIndex(where: { $0.isNumber || $0 == "-" }) else { return self }
        var end = start
        repeat { end = index(after: end) } while end < endIndex && self[end].isNumber
        return String(self[..<start]) + s + String(self[end...])
    }
}
