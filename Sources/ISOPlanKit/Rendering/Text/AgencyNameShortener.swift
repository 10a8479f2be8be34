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
        guard TextWidth.of(name) > width else { return name }
        // The name is split into words and each word lowercased once; every step then works
        // on the words (what `replace` does step by step, without splitting again).
        // The name is joined and measured again only after a step changed a word.
        var words = Words(name)
        var current = name, currentWidth = TextWidth.of(name), joined = false
        for (pattern, short) in steps where currentWidth > width {
            if words.replace(pattern, with: short) || !joined {
                current = words.joined
                currentWidth = TextWidth.of(current)
                joined = true
            }
        }
        return current
    }

    /// A name's words with their lowercased forms, for applying the steps in turn.
    struct Words {
        var words: [String]
        var lowered: [String]

        init(_ name: String) {
            words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            lowered = words.map { $0.lowercased() }
        }

        var joined: String { words.joined(separator: " ") }

        /// `AgencyNameShortener.replace` on the words; false when no word changed.
        @discardableResult
        mutating func replace(_ pattern: [String], with short: String) -> Bool {
            guard let first = pattern.first, pattern.count <= words.count,
                  first == "-" || lowered.contains(first) else { return false }
            var changed = false
            var outWords: [String] = [], outLowered: [String] = []
            outWords.reserveCapacity(words.count)
            outLowered.reserveCapacity(words.count)
            var i = 0
            while i < words.count {
                if i + pattern.count <= words.count,
                   (0..<pattern.count).allSatisfy({ AgencyNameShortener.matches(lowered: lowered[i + $0], word: words[i + $0], pattern[$0]) }) {
                    if !short.isEmpty { outWords.append(short); outLowered.append(short.lowercased()) }
                    i += pattern.count
                    changed = true
                } else {
                    outWords.append(words[i]); outLowered.append(lowered[i])
                    i += 1
                }
            }
            guard changed else { return false }
            words = outWords
            lowered = outLowered
            return true
        }
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

    /// `matches` with the word's lowercased form made already.
    static func matches(lowered: String, word: String, _ pattern: String) -> Bool {
        if pattern == "-" { return word == "-" || word == "–" || word == "—" }
        return lowered == pattern
    }

    static func matches(_ word: String, _ pattern: String) -> Bool {
        if pattern == "-" { return word == "-" || word == "–" || word == "—" }
        return word.lowercased() == pattern
    }
}
