/// The characters a chart is drawn with.
struct TimelineGlyphs {
    var done: Character
    var todo: Character
    var slip: Character
    var milestone: Character
    var status: Character
    var deadline: Character
    var critical: Character
    /// A task's latest finish against the deadline.
    var latest: Character
    /// The evaluation date, when it differs from the status date.
    var evaluation: Character
    var separator: String
    var ellipsis: String

    static let unicode = TimelineGlyphs(done: "█", todo: "▒", slip: "░", milestone: "◆", status: "┊",
                                        deadline: "┃", critical: "!", latest: "⊣", evaluation: "╎",
                                        separator: " · ", ellipsis: "…")
    static let ascii = TimelineGlyphs(done: "#", todo: "=", slip: ">", milestone: "*", status: ":",
                                      deadline: "|", critical: "!", latest: "]", evaluation: "'",
                                      separator: " | ", ellipsis: "...")

    static func of(_ options: TimelineOptions) -> TimelineGlyphs { options.ascii ? .ascii : .unicode }
}
