import Foundation

/// The order of agencies in timeline output.
enum TimelineSorting {
    /// `entries` in the order `sort` asks for (names as shown in `language`); ties by agency id.
    static func sorted(_ entries: [TimelineEntry], by sort: TimelineSort,
                       language: Language = .vi) -> [TimelineEntry] {
        switch sort {
        case .finish:
            return entries.sorted { key($0, $0.schedule.projectedFinish.dayNumber) < key($1, $1.schedule.projectedFinish.dayNumber) }
        case .slack:
            return entries.sorted { key($0, $0.schedule.slackDays) < key($1, $1.schedule.slackDays) }
        case .name:
            let named = entries.map { (folded($0.displayName(language)), $0) }
            return named.sorted { ($0.0, $0.1.schedule.agencyID) < ($1.0, $1.1.schedule.agencyID) }.map(\.1)
        }
    }

    private static func key(_ e: TimelineEntry, _ n: Int) -> (Int, String) { (n, e.schedule.agencyID) }

    /// A sort key for Vietnamese names: case and diacritics folded, `đ` as `d`.
    static func folded(_ s: String) -> String {
        s.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
