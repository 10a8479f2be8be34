import Foundation

/// Text and JSON output of the `calendar` command. Pure functions: they return the output.
public enum CalendarRenderer {
    // MARK: Year listing

    /// A year's holidays, days off and make-up days as an aligned table, then the year's total.
    public static func text(_ listing: CalendarYearListing) -> String {
        var rows = [["Ngày/Date", "Thứ/Day", "Loại/Kind", "Tên", "Name", "Nguồn/Source"]]
        for h in listing.entries {
            rows.append([h.date.vietnamese, weekdayVi(h.date.weekday),
                         h.kind == .dayOff ? "nghỉ/off" : "làm/work",
                         h.nameVi, h.nameEn, h.source.rawValue])
        }
        var out = "Lịch làm việc năm \(listing.year) / Working calendar \(listing.year)\n\n"
        out += table(rows)
        if listing.entries.isEmpty { out += "(không có ngày nghỉ lễ / no holidays)\n" }
        out += "\nNăm \(listing.year): \(listing.workingDays) ngày làm việc / \(listing.workingDays) working days\n"
        return out
    }

    /// A year's listing as JSON: `year`, `workingDays`, `entries` (date, weekday 1 = Monday,
    /// kind, nameVi, nameEn, source).
    public static func json(_ listing: CalendarYearListing) -> String {
        struct Entry: Encodable {
            let date: String, weekday: Int, kind: String, nameVi: String, nameEn: String, source: String
        }
        struct Doc: Encodable { let year: Int, workingDays: Int, entries: [Entry] }
        let entries = listing.entries.map {
            Entry(date: $0.date.iso, weekday: $0.date.weekday, kind: $0.kind.rawValue,
                  nameVi: $0.nameVi, nameEn: $0.nameEn, source: $0.source.rawValue)
        }
        return encode(Doc(year: listing.year, workingDays: listing.workingDays, entries: entries))
    }

    // MARK: Range

    /// The working days of a date range, one line.
    public static func text(_ span: WorkingDaySpan) -> String {
        "Từ \(span.from.vietnamese) đến \(span.through.vietnamese): \(span.workingDays) ngày làm việc"
            + " / \(span.workingDays) working days (\(span.calendarDays) ngày lịch / calendar days)\n"
    }

    /// The working days of a date range as JSON: `from`, `through`, `workingDays`, `calendarDays`.
    public static func json(_ span: WorkingDaySpan) -> String {
        struct Doc: Encodable { let from: String, through: String, workingDays: Int, calendarDays: Int }
        return encode(Doc(from: span.from.iso, through: span.through.iso,
                          workingDays: span.workingDays, calendarDays: span.calendarDays))
    }

    // MARK: Lunar date

    /// A Gregorian date and its lunar date, in Vietnamese and English.
    public static func text(_ c: LunarConversion) -> String {
        let leap = c.lunar.isLeapMonth ? " nhuận" : ""
        var out = "\(c.date.vietnamese) (\(weekdayVi(c.date.weekday))): ngày \(c.lunar.day) tháng \(c.lunar.month)\(leap)"
            + " năm \(c.canChi) (\(c.lunar.year)) âm lịch\n"
        out += "Lunar date: day \(c.lunar.day) of \(c.lunar.isLeapMonth ? "leap " : "")month \(c.lunar.month)"
            + " of the \(c.canChi) year (\(c.lunar.year))\n"
        if let m = c.leapMonthOfYear {
            out += "Năm \(c.canChi) có tháng \(m) nhuận / leap month: \(m)\n"
        }
        return out
    }

    /// A lunar conversion as JSON: `date`, `lunarDay`, `lunarMonth`, `lunarYear`, `isLeapMonth`,
    /// `canChi`, and `leapMonthOfYear` when the year has one.
    public static func json(_ c: LunarConversion) -> String {
        struct Doc: Encodable {
            let date: String, lunarDay: Int, lunarMonth: Int, lunarYear: Int
            let isLeapMonth: Bool, canChi: String, leapMonthOfYear: Int?
        }
        return encode(Doc(date: c.date.iso, lunarDay: c.lunar.day, lunarMonth: c.lunar.month,
                          lunarYear: c.lunar.year, isLeapMonth: c.lunar.isLeapMonth,
                          canChi: c.canChi, leapMonthOfYear: c.leapMonthOfYear))
    }

    // MARK: Helpers

    /// Vietnamese weekday name for ISO weekday 1 (Monday) … 7 (Sunday).
    public static func weekdayVi(_ weekday: Int) -> String {
        let names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        return (1...7).contains(weekday) ? names[weekday - 1] : "?"
    }

    /// Rows as columns padded to the widest cell (in Characters), two spaces apart, no trailing blanks.
    static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let s = String(data: data, encoding: .utf8) else { return "{}\n" }
        return s + "\n"
    }
}
