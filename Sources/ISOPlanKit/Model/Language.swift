/// The language of output for people.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case vi, en

    /// `vi` for a Vietnamese locale name (`vi_VN.UTF-8`, `vi`), else `en`.
    public static func fromLocale(_ name: String?) -> Language {
        guard let name, !name.isEmpty else { return .en }
        return name.lowercased().hasPrefix("vi") ? .vi : .en
    }

    /// Picks the text in this language.
    public func pick(vi: String, en: String) -> String { self == .vi ? vi : en }
}
