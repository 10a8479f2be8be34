import Testing
@testable import ISOPlanTestSupport
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The YAML mistakes people make by hand: one diagnostic, at the line of the mistake
/// (the `⟪!⟫` marker), saying how to fix it in words that need no YAML grammar.
@Suite struct YAMLMistakeTests {
    static func only(_ marked: String) throws -> (Diagnostic, MarkedYAML) {
        let m = MarkedYAML(marked)
        let d = SamplePlan.load(m.text).diagnostics.filter { $0.severity == .error }
        #expect(d.count == 1, "\(d.map { "\($0.location?.line ?? 0): \($0.message)" })")
        let first = try #require(d.first)
        #expect(first.location?.line == m.line && first.location?.column == m.column,
                "at \(first.location?.description ?? "-"), expected \(m.line):\(m.column)")
        return (first, m)
    }

    static let block = """
    version: 1
    tasks:
      - id: a
        title: Họp
        duration: 5

    """

    @Test func colonInATitleSaysToQuoteIt() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "title: Họp", with: "title: ⟪!⟫Họp: kế hoạch"))
        #expect(d.message.contains("title: \"Họp: kế hoạch\""))
        #expect(d.message(in: .vi).contains("dấu ngoặc kép"))
        #expect(!d.message.contains("tabs"))
    }

    /// A progress that cannot be read is one error: done_on is not then said to sit on a
    /// progress of 0 %, which the plan never wrote.
    @Test func anUnreadableProgressIsOneError() throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "after: [bcd], progress: 100, done_on: 2019-03-22",
                                                         with: "after: [bcd], progress: ⟪!⟫\"100%\", done_on: 2019-03-22")
        let (d, _) = try Self.only(yaml)
        #expect(d.rule == Rule.wrongType.id)
    }

    @Test func missingSpaceAfterTheColonIsReportedOnItsOwnLine() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "    duration: 5", with: "    ⟪!⟫duration:8\n    progress: 5"))
        #expect(d.message.contains("write 'duration: 8'"))
        #expect(d.message(in: .vi).contains("hãy viết 'duration: 8'"))
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "title: Họp", with: "title: ⟪!⟫\"Họp kế hoạch")
                                   + "  - id: b\n    title: B\n    duration: 1\n")
        #expect(d.message.contains("never closed"))
    }

    @Test func anUnclosedQuoteBeforeAnotherQuoteIsStillFound() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "title: Họp", with: "title: ⟪!⟫\"Họp kế hoạch")
                                   + "  - id: \"b\"\n    title: B\n")
        #expect(d.message.contains("never closed"))
    }

    @Test func aKeyIndentedTooLittleIsNamedWithTheIndentExpected() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "    duration: 5", with: "  ⟪!⟫duration: 5\n    progress: 5"))
        #expect(d.message.contains("'duration' is indented by 2 spaces, but the field above it by 4"))
        #expect(d.message(in: .vi).contains("thụt lề 2 dấu cách"))
    }

    @Test func aTabIsNamedOnlyWhenThereIsOne() throws {
        let (d, _) = try Self.only(Self.block.replacingOccurrences(of: "    duration: 5", with: "⟪!⟫\tduration: 5"))
        #expect(d.message.contains("tab"))
        let other = SamplePlan.load("version: 1\nagency: [a\n").diagnostics
        #expect(other.count == 1 && !other[0].message.contains("tab") && !other[0].message.contains("UTF-8"))
    }

    @Test func colonInAValueBetweenBracesSaysToQuoteIt() throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "{id: dao-tao, title: Đào tạo,", with: "{id: dao-tao, title: ⟪!⟫Đào tạo: cán bộ,")
        let (d, _) = try Self.only(yaml)
        #expect(d.message.hasSuffix("put the whole value in double quotes: title: \"Đào tạo: cán bộ\""), "\(d.message)")
    }

    @Test func anUnclosedBracketIsReportedWhereItOpens() throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "after: [bcd]", with: "after: ⟪!⟫[bcd")
        let (d, _) = try Self.only(yaml)
        #expect(d.message.hasPrefix("the [ that opens here is not closed; add ]"), "\(d.message)")
    }

    @Test func aListItemWithoutItsDashIsNamed() throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "  - {id: danh-gia", with: "    ⟪!⟫{id: danh-gia")
        let (d, _) = try Self.only(yaml)
        #expect(d.message.contains("does not start with '- '") && d.message.contains("indented by 2 spaces"), "\(d.message)")
        #expect(d.message(in: .vi).contains("không bắt đầu bằng '- '"))
    }

    @Test func invalidUTF8SaysToSaveAsUTF8() {
        let d = PlanLoader.loadPlan([0x76, 0x3A, 0x20, 0xC3, 0x28, 0x0A], file: "x.yaml").diagnostics
        #expect(d.count == 1 && d[0].rule == Rule.yamlSyntax.id && d[0].message.contains("UTF-8"))
    }

    @Test(arguments: [("05/07/2019", "2019-07-05"), ("5/7/2019", "2019-07-05"), ("2019-7-5", "2019-07-05"),
                      ("05.07.2019", "2019-07-05"), ("2019/07/05", "2019-07-05"), ("31-12-2019", "2019-12-31"),
                      ("2019-07-05T10:00:00", "2019-07-05"), ("\"2019-07-05 10:00\"", "2019-07-05")])
    func aRealDateInTheWrongFormIsShownRewritten(_ written: String, _ iso: String) throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "done_on: 2019-03-22", with: "done_on: ⟪!⟫\(written)")
        let (d, _) = try Self.only(yaml)
        #expect(d.rule == Rule.invalidDate.id)
        #expect(d.message.contains("a real date in the wrong form") && d.message.hasSuffix("done_on: \(iso)"), "\(d.message)")
        #expect(d.message(in: .vi).contains("viết sai dạng"))
    }

    @Test func aDateThatDoesNotExistIsStillNotARealDate() throws {
        let yaml = SamplePlan.valid.replacingOccurrences(of: "done_on: 2019-03-22", with: "done_on: ⟪!⟫31/02/2019")
        let (d, _) = try Self.only(yaml)
        #expect(d.message.contains("not a real calendar date"))
    }
}

/// One mistake, one error: the consequences of a reported mistake are not reported again.
@Suite struct OneMistakeOneErrorTests {
    static func diagnostics(_ old: String, _ new: String) -> [Diagnostic] {
        let text = SamplePlan.valid.replacingOccurrences(of: old, with: new)
        #expect(text != SamplePlan.valid)
        return SamplePlan.load(text).diagnostics
    }

    @Test func aMisspeltDurationIsOnlyAnUnknownKey() {
        let d = Self.diagnostics("step: internal-audit, duration: 5", "step: internal-audit, duraton: 5")
        #expect(d.map(\.rule) == [Rule.unknownKey.id], "\(d.map(\.message))")
        #expect(d.first?.message.hasSuffix("did you mean 'duration'?") == true)
    }

    @Test func anUnreadableDurationIsOneErrorShowingTheAcceptedForms() {
        let d = Self.diagnostics("step: internal-audit, duration: 5,", "step: internal-audit, duration: 2 tuần,")
        #expect(d.map(\.rule) == [Rule.invalidDuration.id], "\(d.map(\.message))")
        #expect(d.first.map { $0.message.contains("(5)") && $0.message.contains("\"5d\"") && $0.message.contains("\"3w\"") } == true)
    }

    @Test(arguments: [("2 tuần", "2w"), ("3 weeks", "3w"), ("10 ngày", "10d"), ("5 days", "5d"), ("4 tuan", "4w"),
                      ("2 W", "2w")])
    func aDurationInWordsIsShownRewritten(_ c: (written: String, rewritten: String)) {
        let d = Self.diagnostics("step: internal-audit, duration: 5,", "step: internal-audit, duration: \(c.written),")
        #expect(d.map(\.rule) == [Rule.invalidDuration.id])
        #expect(d.first?.message.hasSuffix("; here: duration: \(c.rewritten)") == true, "\(d.map(\.message))")
    }

    @Test func aDurationThatCannotBeRewrittenGetsNoRewrite() {
        let d = Self.diagnostics("step: internal-audit, duration: 5,", "step: internal-audit, duration: soon,")
        #expect(d.first?.message.contains("here:") == false)
    }

    @Test func aMisspeltStepValueIsNotAlsoAMissingStep() {
        let d = Self.diagnostics("step: apply", "step: aply")
        #expect(d.map(\.rule) == [Rule.unknownStep.id], "\(d.map(\.message))")
    }

    @Test func aMisspeltStepKeyIsNotAlsoAMissingStep() {
        let d = Self.diagnostics("step: apply", "stpe: apply")
        #expect(d.map(\.rule) == [Rule.unknownKey.id], "\(d.map(\.message))")
    }

    @Test func aMisspeltRequiredFieldIsNotAlsoMissing() {
        let d = Self.diagnostics("status_date: 2019-09-30", "status_dat: 2019-09-30")
        #expect(d.map(\.rule) == [Rule.unknownKey.id], "\(d.map(\.message))")
    }

    @Test func anUnreadableStartIsNotAlsoAMissingStart() {
        let text = SamplePlan.valid.replacingOccurrences(of: "start: 2019-03-04\n", with: "")
            .replacingOccurrences(of: "step: steering-committee,", with: "step: steering-committee, start: 4/3/2019,")
        let d = SamplePlan.load(text).diagnostics
        #expect(d.map(\.rule) == [Rule.invalidDate.id], "\(d.map(\.message))")
    }

    @Test func anUnreadablePlanStartIsNotAlsoAMissingStart() {
        let d = Self.diagnostics("start: 2019-03-04", "start: 4/13/2019")
        #expect(d.map(\.rule) == [Rule.invalidDate.id], "\(d.map(\.message))")
    }

    @Test func aMisspeltPlanStartIsNotAlsoAMissingStart() {
        let d = Self.diagnostics("start: 2019-03-04", "strat: 2019-03-04")
        #expect(d.map(\.rule) == [Rule.unknownKey.id], "\(d.map(\.message))")
    }

    @Test func anotherFieldsMistakeDoesNotHideAMissingStart() {
        let text = SamplePlan.valid.replacingOccurrences(of: "start: 2019-03-04\n", with: "")
            .replacingOccurrences(of: "duration: 5, progress: 100", with: "duration: 5, after: [], progress: 150")
        let d = SamplePlan.load(text).diagnostics
        #expect(Set(d.map(\.rule)) == [Rule.progressOutOfRange.id, Rule.missingStart.id], "\(d.map(\.message))")
    }

    @Test func anUnreadablePredecessorIsNotAlsoAMissingStart() {
        let text = SamplePlan.valid.replacingOccurrences(of: "start: 2019-03-04\n", with: "")
            .replacingOccurrences(of: "duration: 2w, after: [bcd]", with: "duration: 2w, after: [Bcd]")
            .replacingOccurrences(of: "steering-committee, duration: 5,", with: "steering-committee, start: 2019-03-04, duration: 5,")
        let d = SamplePlan.load(text).diagnostics
        #expect(d.map(\.rule) == [Rule.invalidID.id], "\(d.map(\.message))")
    }

    @Test func aMissingDurationWithoutAMisspellingIsStillReported() {
        let d = Self.diagnostics("step: internal-audit, duration: 5,", "step: internal-audit,")
        #expect(d.map(\.rule) == [Rule.missingDuration.id])
    }
}

/// Messages read as sentences: a question ends one, counts agree with their nouns.
@Suite struct MessageGrammarTests {
    @Test func aSuggestionEndsItsSentence() {
        let text = SamplePlan.valid.replacingOccurrences(of: "step: apply,", with: "step: apply, clauses: [\"4.44\"],")
        let d = SamplePlan.load(text).diagnostics
        let m = d.first { $0.rule == Rule.unknownClause.id }?.message
        #expect(m == "'4.44' is not an ISO 9001:2015 clause; did you mean '4.4'? Write clause numbers such as \"5.1\" or \"7.1.5.2\"")
        let v = d.first { $0.rule == Rule.unknownClause.id }?.message(in: .vi)
        #expect(v?.contains("'4.4'? Hãy ghi") == true)
    }

    @Test func allowedValuesFollowTheSuggestionAsASentence() {
        let d = SamplePlan.load(SamplePlan.valid.replacingOccurrences(of: "type: ministry-unit", with: "type: ministry-unt"))
            .diagnostics
        #expect(d.first?.message == "'type' is 'ministry-unt'; did you mean 'ministry-unit'? Allowed: ministry-unit, provincial-department")
    }

    @Test func countsAgreeWithTheirNouns() {
        let at = ISOPlanKit.SourceLocation(file: "a.yaml", line: 1, column: 1)
        #expect(Diagnostic.tooMany(1, errors: 1, at: at).message.hasPrefix("1 more problem in this file is not shown (1 error, 0 warnings)"))
        #expect(Diagnostic.tooMany(3, errors: 2, at: at).message.hasPrefix("3 more problems in this file are not shown (2 errors, 1 warning)"))
        #expect(Diagnostic.yamlIndentation(key: "id", found: 1, expected: 2, at: at).message.contains("by 1 space,"))
    }
}
