/// "Did you mean …" suggestions from edit distance.
public enum Suggestion {
    /// How many "did you mean" hints one file gets for names checked against long lists
    /// (task ids, clauses); later ones go without, so hostile files stay linear.
    public static let hintBudget = 20

    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let w = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased().unicodeScalars))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(1, min(3, w.count / 3))
        return d <= limit ? name : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 3 { return abs(a.count - b.count) }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    /// `; did you mean 'x'?` or an empty text.
    static func hint(_ word: String, _ candidates: [String]) -> BilingualText {
        closest(to: word, in: candidates).map(hint(for:)) ?? .empty
    }

    /// `; did you mean 'x'?`.
    static func hint(for name: String) -> BilingualText {
        .en("; did you mean '\(name)'?", vi: "; có phải ý bạn là '\(name)'?")
    }

    /// `hint` followed by `rest`, punctuated as sentences: after a question the rest starts
    /// a new sentence ("…'8.5'? Write …"), else it follows a semicolon ("…; write …").
    static func hint(_ hint: BilingualText, then rest: BilingualText) -> BilingualText {
        func join(_ h: String, _ r: String) -> String {
            h.isEmpty ? "; " + r : h + " " + r.prefix(1).uppercased() + r.dropFirst()
        }
        return BilingualText(vi: join(hint.vi, rest.vi), en: join(hint.en, rest.en))
    }
}
