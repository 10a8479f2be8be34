/// How output for people is laid out: width, colour and language.
public struct ReportOptions: Sendable {
    public var width: Int
    public var color: Bool
    public var language: Language
    public init(width: Int = 100, color: Bool = false, language: Language = .en) {
        self.width = width
        self.color = color
        self.language = language
    }
}
