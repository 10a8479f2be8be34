import Testing
@testable import ISOPlanKit

@Suite struct TextTableTests {
    static let table: TextTable = {
        TextTable(columns: [
            .init("Cơ quan", min: 6, flex: 3, wrap: true), .init("Loại", drop: 1), .init("Tiến độ", right: true),
            .init("Dự kiến xong", drop: 2), .init("Lý do chính", min: 6, flex: 4, wrap: true),
        ], rows: [
            ["Sở Lao động - Thương binh và Xã hội Hà Nội", "Sở", "45 %", "31/12/2026", "chỉ còn 3 ngày làm việc dự phòng"],
            ["Bộ", "Bộ", "100 %", "—", ""],
            ["e\u{301}e\u{301} 中文 名前 😀", "", "7 %", "01/01/2027", "công việc 'x' quá hạn   "],
            ["ổ ", "Sở", "", "—", "ệ ệ ệ ệ ệ ệ ệ ệ ệ ệ ệ ệ ệ"],
            ["short"],
        ])
    }()

    @Test func linesWrittenIntoBytesAreTheRenderedLines() {
        for wrapsHeaders in [false, true] {
            var table = Self.table
            table.wrapsHeaders = wrapsHeaders
            for width in [10, 20, 30, 40, 60, 80, 200] {
                let styles: [((Int, Int, String) -> String)?] = [nil, { c, r, s in c == 2 ? "<\(r)\(s)>" : s }]
                for style in styles {
                    let lines = table.render(width: width, style: style)
                    var out: [UInt8] = [0x41]
                    table.render(width: width, style: style, into: &out)
                    #expect(out == [0x41] + Array(lines.map { $0 + "\n" }.joined().utf8), "\(width)")
                    #expect(lines.allSatisfy { !$0.hasSuffix(" ") || $0.hasSuffix(">") })
                }
            }
        }
    }

    @Test func cellsArePaddedCutAndTrimmed() {
        let t = TextTable(columns: [.init("A"), .init("B", right: true), .init("C")],
                          rows: [["xy", "1", "ổ"], ["x", "22", ""], ["abcdef", "3", "ổ "]])
        #expect(t.render(width: 40) == ["A        B  C", "xy       1  ổ", "x       22", "abcdef   3  ổ"])
    }

    @Test func shortNamesAreAskedForOnlyWhenNamesDoNotFit() {
        let t = TextTable(columns: [.init("Name", min: 4, flex: 1), .init("X")],
                          rows: [["a long agency name", "1"], ["ok", "2"]])
        var asked: [Int] = []
        let shortened = t.shorteningNames(width: 12, count: 2) { asked.append($0); return "short" }
        #expect(asked == [0])
        #expect(shortened.rows == [["short", "1"], ["ok", "2"]])
        #expect(t.shorteningNames(["short", "kept"], width: 12).rows == shortened.rows)
    }

    @Test(arguments: [8, 12, 20, 60])
    func shortenedTablesKeepTheirCellsMeasured(width: Int) {
        let t = TextTable(columns: [.init("Name", min: 4, flex: 1, wrap: true), .init("X"), .init("Lý do", drop: 1)],
                          rows: [["Sở Lao động – Thương binh và Xã hội", "1", "quá hạn"], [], ["ok", "22"],
                                 ["Trung tâm Dịch vụ việc làm Hà Nội", "3", "thiếu bước"]])
        for count in [1, 2, 4] {
            let s = t.shorteningNames(width: width, count: count) { _ in "Sở LĐTBXH" }
            #expect(s.cellWidths == TextTable.widest(s.rows))
            #expect(s.render(width: width) == TextTable(columns: t.columns, rows: s.rows).render(width: width))
        }
    }
}
