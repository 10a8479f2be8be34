/// Shortens agency names the way Vietnamese documents do, so that names sharing the long
/// ministry phrase stay distinguishable in a narrow label column.
enum AgencyNameShortener {
    /// Word sequences and their usual abbreviation, applied in order while the name is too long.
    /// `-` stands for any dash (hyphen, en dash, em dash).
    static let steps: [([String], String)] = [
        (["lao", "động", "-", "thương", "binh", "và", "xã", "hội"], "LĐTBXH"),
        (["provincial"] + labourEn, "DOLISA"),
        (["city"] + labourEn, "DOLISA"),
        (labourEn, "DOLISA"),
        (["ministry"] + labourEn.dropFirst(), "MOLISA"),
        (["thành", "phố"], "TP"),
        (["tỉnh"], ""),
        (["tp"], ""),
    ]

    static let labourEn = ["department", "of", "labour,", "invalids", "and", "social", "affairs"]

    /// `name` when it fits in `width` columns, else with the abbreviations applied one by one
    /// until it fits: the ministry's name as LĐTBXH (DOLISA, MOLISA in English), then
    /// "thành phố" as TP, then without "tỉnh" and "TP". It may still be too long; the caller truncates.
    static func fit(_ name: String, width: Int) -> String {
        var current = name
        for (pattern, short) in steps where TextWidth.of(current) > width {
            current = replace(pattern, with: short, in: current)
        }
        return current
    }

    /// `name` when it fits in `width` columns, else its short form (every abbreviation
    /// applied), never a cut full name. The short form may still be too long; the caller cuts it.
    static func best(_ name: String, width: Int) -> String {
        TextWidth.of(name) <= width ? name : fit(name, width: 0)
    }

    /// Replaces every run of words matching `pattern` (case-insensitive, canonically
    /// equivalent letters, any dash) with `short`.
    static func replace(_ pattern: [String], with short: String, in name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + pattern.count <= words.count,
               zip(words[i..<(i + pattern.count)], pattern).allSatisfy(matches) {
                if !short.isEmpty { out.append(short) }
                i += pattern.count
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out.joined(separator: " ")
    }

    static func matches(_ word: String, _ pattern: String) -> Bool {
        if pattern == "-" { return word == "-" || word == "–" || word == "—" }
        return word.lowercased() == pattern
    }
}
