/// The language of output for people.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case vi, en

    /// `vi` for a Vietnamese locale name (`vi_VN.UTF-8`, `vi`), else `en`.
    public static func fromLocale(_ name: String?) -> Language {
        guard let name, !name.isEmpty else { return .en }
        return name.lowercased().hasPrefix("vi") ? .vi : .en
    }

    /// Picks the text in this language; only that one is made (the other is not formatted).
    @inline(__always)
    public func pick(vi: @autoclosure () -> String, en: @autoclosure () -> String) -> String { self == .vi ? vi() : en() }
}
