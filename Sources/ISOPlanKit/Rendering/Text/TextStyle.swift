/// ANSI styling that renders to nothing when colour is off.
public struct TextStyle: Sendable {
    public var enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }

    public enum Color: String, Sendable {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
        case gray = "90", bold = "1", dim = "2"
    }

    /// `s` wrapped in the colour's escape codes, or `s` itself when colour is off.
    public func apply(_ color: Color, _ s: String) -> String {
        enabled && !s.isEmpty ? "\u{1B}[\(color.rawValue)m\(s)\u{1B}[0m" : s
    }

    /// A padded table cell with only its text coloured: the spaces around it stay outside the
    /// escape codes, and a cell of spaces (a wrapped row's empty line) stays as it is.
    public func applyToText(_ color: Color, _ cell: String) -> String {
        guard enabled else { return cell }
        let text = cell.drop { $0 == " " }
        let core = text.reversed().drop { $0 == " " }.count
        guard core > 0 else { return cell }
        return String(cell.prefix(cell.count - text.count)) + apply(color, String(text.prefix(core)))
            + String(text.dropFirst(core))
    }
}
