/// Pieces of diagnostic messages in both languages: the mappings of a plan, the kinds of
/// value a field expects, and the hints added to `missing-field`.
extension BilingualText {
    /// Text given English first, as the message factories write it.
    static func en(_ en: String, vi: String) -> BilingualText { BilingualText(vi: vi, en: en) }

    /// Joins texts language by language.
    static func + (a: BilingualText, b: BilingualText) -> BilingualText {
        BilingualText(vi: a.vi + b.vi, en: a.en + b.en)
    }

    static let empty = BilingualText(vi: "", en: "")

    // Mappings, as messages name them ("unknown key 'x' in a task").
    static let thePlan = en("the plan", vi: "kế hoạch")
    static let thePortfolioFile = en("the portfolio file", vi: "tệp portfolio")
    static let anAgencyPlan = en("an agency plan", vi: "kế hoạch của một cơ quan")
    static let aTask = en("a task", vi: "công việc (task)")
    static let aNotApplicableEntry = en("a not_applicable entry", vi: "mục 'not_applicable'")
    static let aCalendarDay = en("a calendar day", vi: "ngày trong 'calendar'")
    /// A mapping named by its key ("agency", "baseline").
    static func section(_ key: String) -> BilingualText { en(key, vi: "mục '\(key)'") }

    // What a field expects.
    static let aMappingOfFields = en("a mapping of fields", vi: "một nhóm trường 'khóa: giá trị'")
    static let text = en("text", vi: "văn bản")
    static let aDate = en("a date (YYYY-MM-DD)", vi: "một ngày (YYYY-MM-DD)")
    static let aWholeNumber = en("a whole number", vi: "một số nguyên")
    static let trueOrFalse = en("true or false", vi: "true hoặc false")
    static let aList = en("a list", vi: "một danh sách")
    static let aListOfTasks = en("a list of tasks", vi: "một danh sách công việc")
    static let theNumber1 = en("the number 1", vi: "số 1")
    static let workingDays = en("working days (5, \"5d\" or \"3w\")", vi: "số ngày làm việc (5, \"5d\" hoặc \"3w\")")

    // Kinds of YAML value.
    static let aScalar = en("a scalar", vi: "một giá trị đơn")
    static let aMapping = en("a mapping", vi: "một nhóm trường")

    /// A value as a message names it: the text quoted.
    static func quoted(_ s: String) -> BilingualText { BilingualText(vi: "'\(s)'", en: "'\(s)'") }
}

extension Language {
    /// `text` in this language.
    func pick(_ text: BilingualText) -> String { pick(vi: text.vi, en: text.en) }
}

extension YAMLDocument {
    /// The kind of `node` in both languages.
    func kindWords(_ node: LocatedNode) -> BilingualText {
        switch kind(node) {
        case .scalar: .aScalar
        case .list: .aList
        case .map: .aMapping
        }
    }

    /// How a message names the value: a scalar quoted, else its kind.
    func describeWords(_ node: LocatedNode) -> BilingualText {
        kind(node) == .scalar ? .quoted(text(node)) : kindWords(node)
    }
}
