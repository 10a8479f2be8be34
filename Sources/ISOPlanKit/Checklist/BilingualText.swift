/// A piece of catalog text in Vietnamese and English.
public struct BilingualText: Sendable, Hashable {
    /// The Vietnamese text.
    public let vi: String
    /// The English text.
    public let en: String

    /// Creates a text from its two languages.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }
}
