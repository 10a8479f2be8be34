import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Pieces of the timeline renderers that goldens do not pin down on their own.
@Suite struct TimelineRenderingTests {
    /// Columns before the first occurrence of `glyph` in `line`, by displayed width.
    func column(of glyph: Character, in line: Substring) -> Int? {
        var col = 0
        for c in line {
            if c == glyph { return col }
            col += TextWidth.of(c)
        }
        return nil
    }

    func milestonePlan(titles: [String]) -> TimelineEntry {
        let tasks = titles.enumerated().map { task("t\($0.offset)", $0.element, start: "2019-03-04", duration: 0) }
        let p = plan(tasks: tasks)
        return TimelineEntry(plan: p, schedule: scheduled(p))
    }

    @Test func labelsAlignByDisplayedWidth() {
        let titles = ["Đào tạo", "Đa\u{300}o ta\u{323}o", "漢字の研修", "Kiểm tra", "ASCII only"]
        let text = TimelineAgencyTextRenderer.render(milestonePlan(titles: titles), options: TimelineOptions(width: 80))
        let rows = text.split(separator: "\n").filter { $0.contains("◆") && !$0.contains("milestone") }
        #expect(rows.count == titles.count)
        let columns = Set(rows.compactMap { column(of: "◆", in: $0) })
        #expect(columns.count == 1)
    }

    @Test func longLabelsEndInAnEllipsisAtAGraphemeBoundary() {
        let title = "Ca\u{323}\u{302}p nha\u{323}\u{302}t quy trình giải quyết thủ tục hành chính"
        let text = TimelineAgencyTextRenderer.render(milestonePlan(titles: [title]), options: TimelineOptions(width: 60))
        let row = try! #require(text.split(separator: "\n").first { $0.contains("◆") })
        let label = row.dropFirst(2).prefix { $0 != "…" }
        #expect(row.contains("…"))
        #expect(String(title).hasPrefix(String(label)))
        #expect(label.unicodeScalars.last.map { $0.properties.generalCategory != .nonspacingMark } == true)
        let ascii = TimelineAgencyTextRenderer.render(milestonePlan(titles: [title]), options: TimelineOptions(width: 60, ascii: true))
        #expect(ascii.contains("...") && !ascii.contains("…"))
    }

    @Test func colourOnlyWhenAsked() {
        let e = TimelineFixtures.entry("thu-nghiem")
        #expect(!TimelineAgencyTextRenderer.render(e, options: TimelineOptions()).contains("\u{1B}["))
        #expect(TimelineAgencyTextRenderer.render(e, options: TimelineOptions(color: true)).contains("\u{1B}[32m"))
        let all = TimelineFixtures.entries
        #expect(!TimelinePortfolioTextRenderer.render(all, title: nil, options: TimelineOptions()).contains("\u{1B}["))
        // Colour changes nothing but the escape codes, at any width.
        for width in [60, 100] {
            let plain = TimelineAgencyTextRenderer.render(e, options: TimelineOptions(width: width))
            let colored = TimelineAgencyTextRenderer.render(e, options: TimelineOptions(width: width, color: true))
            #expect(stripANSI(colored) == plain)
            let portfolio = TimelinePortfolioTextRenderer.render(all, title: "T", options: TimelineOptions(width: width, color: true))
            #expect(stripANSI(portfolio) == TimelinePortfolioTextRenderer.render(all, title: "T", options: TimelineOptions(width: width)))
        }
    }

    func stripANSI(_ s: String) -> String {
        var out = "", inEscape = false
        for c in s.unicodeScalars {
            if inEscape { if c == "m" { inEscape = false }; continue }
            if c == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(c)
        }
        return out
    }

    @Test func asciiChartsArePlainASCIIApartFromLabels() {
        let e = TimelineFixtures.entry("thu-nghiem")
        let text = TimelineAgencyTextRenderer.render(e, options: TimelineOptions(width: 100, ascii: true, label: .id))
        let body = text.split(separator: "\n").dropFirst()   // the first line is the agency name
        #expect(body.allSatisfy { $0.allSatisfy { $0.isASCII } })
    }

    @Test func theTimePerColumnFillsTheWidth() {
        let a = day("2019-01-07"), b = day("2019-03-29")   // 82 days
        let wide = TimelineAxis.filling(from: a, through: b, width: 200)
        #expect(wide.days == 1 && wide.perColumns == 2 && wide.columns == 164)
        #expect(wide.column(of: day("2019-01-08")) == 2 && wide.lastColumn(of: day("2019-01-08")) == 3)
        let fit = TimelineAxis.filling(from: a, through: b, width: 60)
        #expect(fit.days == 14 && fit.perColumns == 10)           // 1.4 days a column
        #expect(fit.columns <= 60 && fit.columns >= 57)
        #expect(fit.lastColumn(of: b) == fit.columns - 1)
        let narrow = TimelineAxis.filling(from: a, through: b, width: 10)
        #expect(narrow.columns <= 10 && narrow.daysPerColumn >= 8.2)
        for axis in [wide, fit, narrow] {
            for c in 0..<axis.columns {
                #expect(axis.column(of: axis.firstDay(ofColumn: c)) <= c)
                #expect(axis.lastColumn(of: axis.lastDay(ofColumn: c)) >= c)
            }
        }
    }

    @Test func aNamedScaleKeepsItsColumns() {
        let a = day("2019-01-07"), b = day("2019-03-29")
        #expect(TimelineAxis.fit(from: a, through: b, width: 100, scale: .month).columns == 3)
        #expect(TimelineAxis.fit(from: a, through: b, width: 100, scale: .day).columns == 82)
        let week = TimelineAxis.fit(from: day("2019-01-09"), through: b, width: 60, scale: .week)
        #expect(week.start == day("2019-01-07"))
        #expect(week.column(of: day("2019-01-13")) == 0)
        #expect(week.column(of: day("2019-01-14")) == 1)
        let month = TimelineAxis.fit(from: day("2019-11-20"), through: day("2020-02-01"), width: 10, scale: .month)
        #expect(month.firstDay(ofColumn: 2) == day("2020-01-01"))
        #expect(month.lastDay(ofColumn: 0) == day("2019-11-30"))
        let cut = TimelineAxis.fit(from: a, through: b, width: 30, scale: .day)
        #expect(cut.columns == 30 && cut.lastDay(ofColumn: 29) == b)
    }

    @Test func cutLabelsStayDistinct() {
        let labels = ["Cập nhật quy trình lĩnh vực lao động, việc làm", "Cập nhật quy trình lĩnh vực người có công",
                      "Đánh giá nội bộ"]
        let cut = TimelineLabels.fit(labels, width: 24, ellipsis: "…")
        #expect(Set(cut).count == 3)
        #expect(cut.allSatisfy { TextWidth.of($0) <= 24 })
        #expect(cut[2] == "Đánh giá nội bộ")
        #expect(cut[0].hasPrefix("Cập nhật") && cut[0].contains("…"))
        #expect(labels[0].hasSuffix(String(cut[0].split(separator: "…").last ?? "")))
    }

    @Test func anAgencyNameIsFullOrShortNeverCut() {
        let name = "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh"
        #expect(AgencyNameShortener.best(name, width: 60) == name)
        #expect(AgencyNameShortener.best(name, width: 50) == "Sở LĐTBXH Quảng Ninh")
    }

    @Test func axisLabelsNeverTouch() {
        let axis = TimelineAxis.fit(from: day("2019-07-01"), through: day("2020-12-31"), width: 100, scale: .week)
        #expect(TimelineWords.scale(axis, .en) == "1 column = 1 week")
        #expect(TimelineWords.scale(TimelineAxis.filling(from: day("2019-07-01"), through: day("2020-12-31"),
                                                         width: 100), .vi) == "1 cột = 5,5 ngày")
        let (years, months) = axis.labelLines(.en)
        #expect(years.hasPrefix("2019") && years.contains("2020"))
        #expect(months.hasPrefix("Jul Aug"))
        #expect(!months.contains("JanFeb"))
        #expect(axis.labelLines(.vi).1.hasPrefix("T7  T8"))
    }

    /// A crowded quarter label moves one column later, inside its quarter; when some would still
    /// be crowded out, the axis shows every other quarter (then only Q1) at a regular step
    /// instead of skipping one here and there.
    @Test(arguments: 26...40)
    func crowdedQuarterLabelsMoveOrThinOutEvenly(days: Int) {
        let axis = TimelineAxis(scale: nil, days: days, perColumns: 1, start: day("2019-01-01"), columns: 24)
        let line = axis.labelLines(.en).1
        let labels = line.split(separator: " ").map(String.init)
        let sequences = [["Q1", "Q2", "Q3", "Q4"], ["Q1", "Q3"], ["Q1"]]
        let step = sequences.first { seq in labels.enumerated().allSatisfy { $0.element == seq[$0.offset % seq.count] } }
        #expect(step != nil, "\(days) days a column: \(line)")
        var from = line.startIndex
        for label in labels {   // each label stands inside its own quarter
            let r = line.range(of: label, range: from..<line.endIndex)!
            let c = line.distance(from: line.startIndex, to: r.lowerBound)
            let q = Int(label.dropFirst())!
            let quarters = [axis.firstDay(ofColumn: c), axis.lastDay(ofColumn: c)].map { ($0.month - 1) / 3 + 1 }
            #expect(quarters.contains(q), "\(label) at column \(c) of \(line)")
            from = r.upperBound
        }
        if days == 31 { #expect(line.hasPrefix("Q1 Q2 Q3 Q4 Q1"), "\(line)") }
    }

    /// Over decades only the years are named: no row of "Q1 Q1 Q1".
    @Test func decadesShowYearsOnly() {
        let axis = TimelineAxis.filling(from: day("2019-01-01"), through: day("2100-01-01"), width: 60)
        let (years, quarters) = axis.labelLines(.en)
        #expect(years.hasPrefix("2019"))
        #expect(quarters.trimmingCharacters(in: .whitespaces).isEmpty)
        let short = TimelineAxis.filling(from: day("2019-01-01"), through: day("2021-01-01"), width: 60)
        #expect(short.labelLines(.en).1.contains("Q3"))
    }

    @Test func longMinistryNamesAreAbbreviated() {
        let name = "Sở Lao động – Thương binh và Xã hội thành phố Hà Nội"
        #expect(AgencyNameShortener.fit(name, width: 60) == name)
        #expect(AgencyNameShortener.fit(name, width: 30) == "Sở LĐTBXH thành phố Hà Nội")
        #expect(AgencyNameShortener.fit(name, width: 20) == "Sở LĐTBXH TP Hà Nội")
        #expect(AgencyNameShortener.fit(name, width: 18) == "Sở LĐTBXH Hà Nội")
        let decomposed = "Thanh tra Bo\u{323}\u{302} Lao đo\u{323}\u{302}ng - Thương binh và Xã hội"
        #expect(AgencyNameShortener.fit(decomposed, width: 25) == "Thanh tra Bo\u{323}\u{302} LĐTBXH")
    }

    @Test func portfolioSortOrders() {
        let ids = { (s: TimelineSort) in TimelineSorting.sorted(TimelineFixtures.entries, by: s).map(\.schedule.agencyID) }
        #expect(ids(.finish) == ["vu-ngan", "thu-nghiem", "cuc-tre"])
        #expect(ids(.slack) == ["cuc-tre", "thu-nghiem", "vu-ngan"])
        #expect(ids(.name) == ["cuc-tre", "thu-nghiem", "vu-ngan"])   // Cục, Sở, Vụ
    }

    @Test(arguments: TimelineSort.allCases, TimelineFormat.allCases)
    func outputDoesNotDependOnInputOrder(sort: TimelineSort, format: TimelineFormat) {
        let options = TimelineOptions(sort: sort, chart: .portfolio)
        let calendar = TimelineFixtures.workspace.calendar
        let forward = format.render(TimelineFixtures.entries, title: "T", calendar: calendar, options: options)
        let backward = format.render(TimelineFixtures.entries.reversed(), title: "T", calendar: calendar, options: options)
        #expect(forward == backward)
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        let csv = TimelineCSVRenderer.render(TimelineFixtures.entries)
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains(",\"Cập nhật tài liệu, quy trình\","))
    }

    @Test(arguments: ["plain", "", "a, b", "say \"hi\"", "two\nlines", "cr\r", " lead", "trail ", " ",
                      "Sở LĐTBXH Hà Nội", "a,\u{301}b", " \u{301}x", "x\u{301} ", "\"\u{301}q", "ISO 9001:2015"])
    func csvFieldsOnBytesMatchTheStrings(s: String) {
        var out: [UInt8] = []
        CSV.field(s, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == CSV.field(s))
    }

    @Test(arguments: [0, 7, 9, 10, -1, -9, -10, 42, 100, -12345, 1_000_000_007, Int.max, Int.min])
    func integersOnBytesMatchTheStrings(v: Int) {
        var out: [UInt8] = [0x41]
        ByteText.int(v, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "A" + String(v))
    }

    @Test func mermaidNamesCannotBreakTheSyntax() throws {
        #expect(TimelineMermaidRenderer.clean("ISO 9001:2015; #1\nnext") == "ISO 9001∶2015, №1 next")
        let p = plan(start: "2020-01-20", status: "2020-01-10", tasks: [task("a", duration: 10)])
        let additions = CalendarAdditions(holidays: [.init(date: day("2020-01-24"), name: "off")],
                                          workingDays: [.init(date: day("2020-01-25"), name: "on")])
        let calendar = WorkCalendar(additions: additions)
        let e = TimelineEntry(plan: p, schedule: Scheduler.schedule(p, calendar: calendar, deadline: day("2020-12-31")))
        let text = TimelineMermaidRenderer.render([e], title: nil, calendar: calendar)
        let lines = text.split(separator: "\n").map(String.init)
        let excludes = try #require(lines.first { $0.hasPrefix("    excludes weekends") })
        #expect(excludes.split(separator: " ").contains("2020-01-24"))
        #expect(lines.contains("    includes 2020-01-25"))
        let end = e.schedule.projectedFinish.iso
        #expect(lines.contains("    a :crit, test-agency_a, 2020-01-20, \(end)"))
    }

    @Test func aCutAxisKeepsTheDeadlineAndMarksEarlierBars() {
        let old = plan("cu", start: "2017-01-02", status: "2017-03-01",
                       tasks: [task("a", duration: 20, progress: 100)])
        let late = plan("moi", start: "2019-01-07", status: "2019-01-04",
                        tasks: [task("a", duration: 400)])
        let entries = [old, late].map { TimelineEntry(plan: $0, schedule: scheduled($0)) }
        let text = TimelinePortfolioTextRenderer.render(entries, title: nil, options: TimelineOptions(width: 50, scale: .week))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("cu ") || $0.hasPrefix("moi ") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("┃") })
        #expect(rows.first { $0.hasPrefix("cu ") }?.contains("<") == true)
        #expect(text.contains("< before the chart"))
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 50 })
    }

    @Test func emptyInputsStillRender() {
        let p = plan(tasks: [])
        let e = TimelineEntry(plan: p, schedule: scheduled(p))
        #expect(TimelineAgencyTextRenderer.render(e, options: TimelineOptions()).contains("(no tasks)"))
        #expect(TimelinePortfolioTextRenderer.render([], title: "X", options: TimelineOptions()).contains("(no plans)"))
        #expect(TimelineJSONRenderer.render([]).contains("\"agencies\" : ["))
    }
}
