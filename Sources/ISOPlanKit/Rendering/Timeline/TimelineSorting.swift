import Foundation

/// The order of agencies in timeline output.
enum TimelineSorting {
    /// `entries` in the order `sort` asks for (names as shown in `language`); ties by agency id.
    static func sorted(_ entries: [TimelineEntry], by sort: TimelineSort,
                       language: Language = .vi) -> [TimelineEntry] {
        entries.map { (key($0, by: sort, language: language), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The order as a key, also what a stream orders its pieces by: the projected finish, the
    /// slack or the folded name, then the agency id.
    static func key(_ e: TimelineEntry, by sort: TimelineSort, language: Language) -> TimelineStream.SortKey {
        let s = e.schedule
        switch sort {
        case .finish: return .init(number: s.projectedFinish.dayNumber, name: "", id: s.agencyID)
        case .slack: return .init(number: s.slackDays, name: "", id: s.agencyID)
        case .name: return .init(number: 0, name: folded(e.displayName(language)), id: s.agencyID)
        }
    }

    /// A sort key for Vietnamese names: case and diacritics folded, `đ` as `d`.
    static func folded(_ s: String) -> String {
        s.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
