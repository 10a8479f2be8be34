/// Row labels cut to a column width so that rows stay distinct.
enum TimelineLabels {
    /// Each label cut to `width` columns with `ellipsis`. Labels that would read the same once
    /// cut at the end keep their end instead: the start, the ellipsis, then as much of the end
    /// as tells them apart.
    static func fit(_ labels: [String], width: Int, ellipsis: String) -> [String] {
        var out = labels.map { TextWidth.truncate($0, to: width, ellipsis: ellipsis) }
        let groups = Dictionary(grouping: labels.indices, by: { out[$0] })
        for (_, group) in groups where group.count > 1 && Set(group.map { labels[$0] }).count > 1 {
            let room = width - TextWidth.of(ellipsis)
            guard room >= 2 else { continue }
            for tail in stride(from: min(max(room / 3, 1), room - 1), through: room - 1, by: 1) {
                let cut = group.map { middle(labels[$0], head: room - tail, tail: tail, ellipsis: ellipsis) }
                if Set(cut).count == Set(group.map { labels[$0] }).count || tail == room - 1 {
                    for (k, i) in group.enumerated() { out[i] = cut[k] }
                    break
                }
            }
        }
        return out
    }

    /// `s` when it fits in `head + tail + ellipsis` columns, else its first `head` columns,
    /// `ellipsis` and its last `tail` columns, cut between graphemes.
    static func middle(_ s: String, head: Int, tail: Int, ellipsis: String) -> String {
        if TextWidth.of(s) <= head + tail + TextWidth.of(ellipsis) { return s }
        var front = "", used = 0
        for c in s {
            if used + TextWidth.of(c) > head { break }
            front.append(c)
            used += TextWidth.of(c)
        }
        var back = "", usedBack = 0
        for c in s.reversed() {
            if usedBack + TextWidth.of(c) > tail { break }
            back.insert(c, at: back.startIndex)
            usedBack += TextWidth.of(c)
        }
        return front.trimmingTrailingSpaces + ellipsis + back
    }
}
