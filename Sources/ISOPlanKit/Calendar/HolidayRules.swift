/// The public holidays of Vietnamese state agencies (Labour Code 2012 Art. 115, Labour Code
/// 2019 Art. 112) and how they become days off. See docs/calendar.md for every choice.
enum HolidayRules {
    /// Years whose Tết and Hùng Kings' day are computed from the lunar calendar; outside,
    /// only the fixed solar holidays apply.
    static let lunarYears = 1900...2199

    /// Years from which National Day has one adjacent day (Labour Code 2019, in force 2021).
    static let twoDayNationalDayFrom = 2021

    /// Built-in entries of a holiday year: the announced ranges for 2018–2021, else the rules.
    /// A holiday year's entries may spill into the previous Gregorian year (31/12/2018).
    static func entries(holidayYear y: Int) -> [Holiday] {
        OfficialHolidays.entries(holidayYear: y) ?? statutory(year: y)
    }

    /// Built-in entries dated in Gregorian year `y`, sorted by date.
    static func entries(gregorianYear y: Int) -> [Holiday] {
        (y - 1...y + 1).flatMap { entries(holidayYear: $0) }
            .filter { $0.date.year == y }
            .sorted { $0.date < $1.date }
    }

    /// Holidays of year `y` by rule: each holiday that falls on a weekend or on another
    /// holiday gives a compensatory day off on the next weekday that is not already a day off.
    static func statutory(year y: Int, lunar: LunarCalendar = .vietnamese) -> [Holiday] {
        var primary: [(CalendarDate, HolidayName)] = [(civil(y, 1, 1), .newYear)]
        var tet: [CalendarDate] = []
        if lunarYears.contains(y) {
            tet = tetDaysOff(lunarYear: y, lunar: lunar)
            if let hung = lunar.solarDate(for: LunarDate(day: 10, month: 3, year: y)) {
                primary.append((hung, .hungKings))
            }
        }
        primary += [(civil(y, 4, 30), .reunification), (civil(y, 5, 1), .labour)]
        let nationalDay = civil(y, 9, 2)
        primary.append((nationalDay, .nationalDay))
        if y >= twoDayNationalDayFrom {
            primary.append((nationalDayAdjacent(to: nationalDay), .nationalDayAdjacent))
        }
        primary = primary.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map(\.element)

        var result = tet.map { $0.holiday(.tet, source: .statutory) }
        result += primary.map { $0.0.holiday($0.1, source: .statutory) }
        var taken = Set(tet + primary.map(\.0))
        var seen = Set<CalendarDate>()
        for (date, name) in primary {
            let clash = !seen.insert(date).inserted
            guard date.isWeekend || clash else { continue }
            var day = date.adding(days: 1)
            for _ in 0..<60 where day.isWeekend || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            result.append(day.compensatory(name, source: .statutory))
        }
        return result.sorted { $0.date < $1.date }
    }

    /// Tết days off: from the 29th of the last lunar month through mùng 5 (the practice of the
    /// 2018–2026 announcements); when that span holds only four weekdays (a 29-day last month
    /// and a whole weekend inside), the weekday before it is added, so Tết always takes five
    /// weekdays, as the Labour Code's five days of Tết do.
    static func tetDaysOff(lunarYear y: Int, lunar: LunarCalendar = .vietnamese) -> [CalendarDate] {
        guard let tet = lunar.newYear(ofLunarYear: y) else { return [] }
        let eveDay = lunar.lunarDate(for: tet.adding(days: -1)).day
        var start = tet.adding(days: eveDay == 30 ? -2 : -1)
        let end = tet.adding(days: 4)
        var weekdays = (start.dayNumber...end.dayNumber).filter { !CalendarDate(dayNumber: $0).isWeekend }.count
        for _ in 0..<7 where weekdays < 5 {
            start = start.adding(days: -1)
            if !start.isWeekend { weekdays += 1 }
        }
        return (start.dayNumber...end.dayNumber).map(CalendarDate.init(dayNumber:))
    }

    /// The day next to 2/9 that joins the holiday to a weekend (the 2021–2025 announcements):
    /// 3/9 when 2/9 is a Monday, Thursday or Sunday; otherwise 1/9.
    static func nationalDayAdjacent(to nationalDay: CalendarDate) -> CalendarDate {
        switch nationalDay.weekday {
        case 1, 4, 7: return nationalDay.adding(days: 1)
        default: return nationalDay.adding(days: -1)
        }
    }

    /// A date from year, month, day for any year (no validity check; callers pass real days).
    static func civil(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: y, month: m, day: d))
    }
}

/// The named public holidays.
enum HolidayName: Sendable {
    case newYear, tet, hungKings, reunification, labour, nationalDay, nationalDayAdjacent

    var vi: String {
        switch self {
        case .newYear: return "Tết Dương lịch"
        case .tet: return "Tết Nguyên đán"
        case .hungKings: return "Giỗ Tổ Hùng Vương"
        case .reunification: return "Ngày Chiến thắng"
        case .labour: return "Ngày Quốc tế Lao động"
        case .nationalDay: return "Quốc khánh"
        case .nationalDayAdjacent: return "Quốc khánh (ngày liền kề)"
        }
    }

    var en: String {
        switch self {
        case .newYear: return "New Year's Day"
        case .tet: return "Lunar New Year (Tết)"
        case .hungKings: return "Hùng Kings' Commemoration Day"
        case .reunification: return "Reunification Day"
        case .labour: return "International Labour Day"
        case .nationalDay: return "National Day"
        case .nationalDayAdjacent: return "National Day (adjacent day)"
        }
    }
}

extension CalendarDate {
    func holiday(_ name: HolidayName, source: HolidaySource) -> Holiday {
        Holiday(date: self, nameVi: name.vi, nameEn: name.en, source: source)
    }

    func compensatory(_ name: HolidayName, source: HolidaySource) -> Holiday {
        Holiday(date: self, nameVi: "Nghỉ bù " + name.vi, nameEn: "Compensatory day off (\(name.en))", source: source)
    }
}
