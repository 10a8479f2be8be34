import Foundation
import Testing
@testable import ISOPlanKit

@Suite struct CalendarRendererTests {
    let calendar = WorkCalendar()

    @Test func year2020Text() {
        let text = CalendarRenderer.text(calendar.yearListing(2020))
        let lines = text.split(separator: "\n").map(String.init)
        for day in 23...29 {
            let line = lines.first { $0.hasPrefix("\(day)/01/2020") }
            #expect(line?.contains("Tết Nguyên đán") == true, "\(day)/01")
            #expect(line?.contains("Lunar New Year (Tết)") == true, "\(day)/01")
        }
        let hung = lines.first { $0.hasPrefix("02/04/2020") }
        #expect(hung?.contains("Thứ Năm") == true)
        #expect(hung?.contains("Giỗ Tổ Hùng Vương") == true)
        #expect(hung?.contains("Hùng Kings") == true)
        #expect(hung?.hasSuffix("official") == true)
        #expect(text.contains("252 working days"))
        #expect(text.contains("252 ngày làm việc"))
    }

    @Test func vietnameseListingNamesTheSourceInVietnamese() {
        let vi = CalendarRenderer.text(calendar.yearListing(2020), language: .vi)
        let tet = vi.split(separator: "\n").first { $0.hasPrefix("23/01/2020") }
        #expect(tet?.hasSuffix("công bố") == true, "\(tet ?? "")")
        #expect(!vi.contains("official"))
        let old = CalendarRenderer.text(calendar.yearListing(2030), language: .vi)
        #expect(old.contains("luật định") && !old.contains("statutory"))
        let en = CalendarRenderer.text(calendar.yearListing(2020), language: .en)
        #expect(en.split(separator: "\n").first { $0.hasPrefix("23/01/2020") }?.hasSuffix("official") == true)
    }

    @Test func columnsAlignByCharacters() {
        let text = CalendarRenderer.text(calendar.yearListing(2019))
        let rows = text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("Ngày/Date") || $0.first?.isNumber == true
        }
        #expect(rows.count == 19)   // header + 18 entries
        // Every column starts at the same Character offset on every row.
        func starts(_ row: String) -> [Int] {
            let chars = Array(row)
            return chars.indices.filter { $0 >= 2 && chars[$0] != " " && chars[$0 - 1] == " " && chars[$0 - 2] == " " }
        }
        let header = starts(rows[0])
        #expect(header.count == 5)
        for row in rows.dropFirst() {
            #expect(header.allSatisfy { starts(row).contains($0) }, "\(row)")
            #expect(!row.hasSuffix(" "))
        }
    }

    @Test func year2019JSON() throws {
        let json = CalendarRenderer.json(calendar.yearListing(2019))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2019)
        #expect(object["working_days"] as? Int == 252)
        #expect(object["version"] as? Int == 1)
        let entries = try #require(object["entries"] as? [[String: Any]])
        let makeUp = try #require(entries.first { $0["date"] as? String == "2019-01-05" })
        #expect(makeUp["kind"] as? String == "working-day")
        #expect(makeUp["source"] as? String == "official")
        #expect(makeUp["weekday"] as? Int == 6)
        #expect((makeUp["name_vi"] as? String)?.hasPrefix("Làm bù") == true)
        #expect(json.contains("\"date\" : \"2019-01-01\""))
        #expect(!json.contains("\\/"))
    }

    @Test func spanAndLunarOutputs() throws {
        let span = calendar.span(from: CalendarDate(iso: "2020-01-01")!, through: CalendarDate(iso: "2020-12-31")!)
        #expect(CalendarRenderer.text(span) ==
            "Từ 01/01/2020 đến 31/12/2020: 252 ngày làm việc / 252 working days (366 ngày lịch / calendar days)\n")
        let spanJSON = try #require(try JSONSerialization.jsonObject(with: Data(CalendarRenderer.json(span).utf8)) as? [String: Any])
        #expect(spanJSON["working_days"] as? Int == 252)
        #expect(spanJSON["through"] as? String == "2020-12-31")

        let tet = LunarCalendar.vietnamese.conversion(for: CalendarDate(iso: "2020-01-25")!)
        let text = CalendarRenderer.text(tet)
        #expect(text.hasPrefix("25/01/2020 (Thứ Bảy): ngày 1 tháng 1 năm Canh Tý (2020) âm lịch\n"))
        #expect(text.contains("leap month: 4"))
        let leap = LunarCalendar.vietnamese.conversion(for: CalendarDate(iso: "2020-05-23")!)
        let lunarJSON = try #require(try JSONSerialization.jsonObject(with: Data(CalendarRenderer.json(leap).utf8)) as? [String: Any])
        #expect(lunarJSON["leap_month"] as? Bool == true)
        #expect(lunarJSON["lunar_month"] as? Int == 4)
        #expect(lunarJSON["can_chi"] as? String == "Canh Tý")
    }
}
