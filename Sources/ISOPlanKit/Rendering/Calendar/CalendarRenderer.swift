/// Text and JSON output of the `calendar` command. Pure functions: they return the output.
public enum CalendarRenderer {
    // MARK: Year listing

    /// A year's holidays, days off and make-up days as an aligned table, then the year's total;
    /// in one language, or in both (Vietnamese / English) when `language` is nil.
    public static func text(_ listing: CalendarYearListing, language: Language?) -> String {
        guard let l = language else { return text(listing) }
        var rows = [[l.pick(vi: "Ngày", en: "Date"), l.pick(vi: "Thứ", en: "Day"), l.pick(vi: "Loại", en: "Kind"),
                     l.pick(vi: "Tên", en: "Name"), l.pick(vi: "Nguồn", en: "Source")]]
        for h in listing.entries {
            rows.append([h.date.vietnamese, l == .vi ? weekdayVi(h.date.weekday) : weekdayEn(h.date.weekday),
                         h.kind == .dayOff ? l.pick(vi: "nghỉ", en: "day off") : l.pick(vi: "làm bù", en: "working day"),
                         l == .vi ? h.nameVi : h.nameEn, l == .vi ? sourceVi(h.source) : h.source.rawValue])
        }
        var out = l.pick(vi: "Lịch làm việc năm \(listing.year)", en: "Working calendar \(listing.year)") + "\n\n"
        out += table(rows)
        if listing.entries.isEmpty { out += l.pick(vi: "(không có ngày nghỉ lễ)", en: "(no holidays)") + "\n" }
        out += "\n" + l.pick(vi: "Năm \(listing.year): \(listing.workingDays) ngày làm việc",
                             en: "\(listing.year): \(counted(listing.workingDays, "working day"))") + "\n"
        return out
    }

    /// The source of a day in a Vietnamese listing (English keeps the tags of docs/calendar.md).
    static func sourceVi(_ s: HolidaySource) -> String {
        switch s {
        case .statutory: "luật định"
        case .official: "công bố"
        case .portfolio: "danh mục"
        }
    }

    /// A year's listing in both languages.
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

    /// A year's listing as JSON: `version`, `year`, `working_days`, `entries` (date, weekday
    /// 1 = Monday, kind, name_vi, name_en, source).
    public static func json(_ listing: CalendarYearListing) -> String {
        struct Entry: Encodable {
            let date: String, weekday: Int, kind: String, name_vi: String, name_en: String, source: String
        }
        struct Doc: Encodable { var version = 1; let year: Int, working_days: Int, entries: [Entry] }
        let entries = listing.entries.map {
            Entry(date: $0.date.iso, weekday: $0.date.weekday, kind: $0.kind.rawValue,
                  name_vi: $0.nameVi, name_en: $0.nameEn, source: $0.source.rawValue)
        }
        return JSONOutput.encode(Doc(year: listing.year, working_days: listing.workingDays, entries: entries))
    }

    // MARK: Range

    /// The working days of a date range, one line; in both languages when `language` is nil.
    public static func text(_ span: WorkingDaySpan, language: Language?) -> String {
        guard let l = language else { return text(span) }
        return l.pick(
            vi: "Từ \(span.from.vietnamese) đến \(span.through.vietnamese): \(span.workingDays) ngày làm việc "
                + "(\(span.calendarDays) ngày lịch)",
            en: "From \(span.from.vietnamese) to \(span.through.vietnamese): \(counted(span.workingDays, "working day")) "
                + "(\(counted(span.calendarDays, "calendar day")))") + "\n"
    }

    /// The working days of a date range in both languages.
    public static func text(_ span: WorkingDaySpan) -> String {
        "Từ \(span.from.vietnamese) đến \(span.through.vietnamese): \(span.workingDays) ngày làm việc"
            + " / \(counted(span.workingDays, "working day")) (\(span.calendarDays) ngày lịch / calendar "
            + (span.calendarDays == 1 ? "day)\n" : "days)\n")
    }

    /// The working days of a date range as JSON: `version`, `from`, `through`, `working_days`,
    /// `calendar_days`.
    public static func json(_ span: WorkingDaySpan) -> String {
        struct Doc: Encodable { var version = 1; let from: String, through: String, working_days: Int, calendar_days: Int }
        return JSONOutput.encode(Doc(from: span.from.iso, through: span.through.iso,
                          working_days: span.workingDays, calendar_days: span.calendarDays))
    }

    // MARK: Lunar date

    /// A Gregorian date and its lunar date, in one language; in both when `language` is nil.
    public static func text(_ c: LunarConversion, language: Language?) -> String {
        guard let l = language else { return text(c) }
        let lunar = c.lunar
        if l == .vi {
            var out = "\(c.date.vietnamese) (\(weekdayVi(c.date.weekday))): ngày \(lunar.day) tháng \(lunar.month)"
                + (lunar.isLeapMonth ? " nhuận" : "") + " năm \(c.canChi) (\(lunar.year)) âm lịch\n"
            if let m = c.leapMonthOfYear { out += "Năm \(c.canChi) có tháng \(m) nhuận\n" }
            return out
        }
        var out = "\(c.date.vietnamese) (\(weekdayEn(c.date.weekday))): lunar day \(lunar.day) of "
            + (lunar.isLeapMonth ? "leap " : "") + "month \(lunar.month) of the \(c.canChi) year (\(lunar.year))\n"
        if let m = c.leapMonthOfYear { out += "The \(c.canChi) year has a leap month: \(m)\n" }
        return out
    }

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

    /// A lunar conversion as JSON: `version`, `date`, `lunar_day`, `lunar_month`, `lunar_year`,
    /// `leap_month`, `can_chi`, and `leap_month_of_year` (null when the year has none).
    public static func json(_ c: LunarConversion) -> String {
        struct Doc: Encodable {
            var version = 1
            let date: String, lunar_day: Int, lunar_month: Int, lunar_year: Int
            let leap_month: Bool, can_chi: String
            @NullWhenAbsent var leap_month_of_year: Int?
        }
        return JSONOutput.encode(Doc(date: c.date.iso, lunar_day: c.lunar.day, lunar_month: c.lunar.month,
                          lunar_year: c.lunar.year, leap_month: c.lunar.isLeapMonth,
                          can_chi: c.canChi, leap_month_of_year: c.leapMonthOfYear))
    }

    // MARK: Helpers

    /// Vietnamese weekday name for ISO weekday 1 (Monday) … 7 (Sunday).
    public static func weekdayVi(_ weekday: Int) -> String {
        let names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        return (1...7).contains(weekday) ? names[weekday - 1] : "?"
    }

    /// English weekday name for ISO weekday 1 (Monday) … 7 (Sunday).
    public static func weekdayEn(_ weekday: Int) -> String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (1...7).contains(weekday) ? names[weekday - 1] : "?"
    }

    /// The first row as headers, the others below, columns padded to their widest cell, two
    /// spaces apart, no trailing blanks.
    static func table(_ rows: [[String]]) -> String {
        guard let headers = rows.first else { return "" }
        let table = TextTable(columns: headers.map { TextTable.Column($0) }, rows: Array(rows.dropFirst()))
        return table.render(width: .max).joined(separator: "\n") + "\n"
    }
}
