/// Everything a plan is evaluated against: portfolio settings, the calendar and the date.
public struct EvaluationContext: Sendable {
    public var portfolio: Portfolio
    public var calendar: WorkCalendar
    /// The evaluation date: `--as-of`, else the portfolio's `as_of`, else today.
    public var asOf: CalendarDate

    /// Builds the context; `today` is an input, never read from a clock here.
    public init(portfolio: Portfolio, asOf override: CalendarDate?, today: CalendarDate) {
        self.portfolio = portfolio
        self.calendar = WorkCalendar(additions: portfolio.calendar)
        self.asOf = override ?? portfolio.asOf?.value ?? today
    }

    /// The plan's own deadline, else the portfolio's.
    public func deadline(for plan: AgencyPlan) -> CalendarDate {
        plan.target.deadline?.value ?? portfolio.effectiveDeadline
    }

    /// The oldest status date that is still fresh for this agency at the evaluation date:
    /// one reporting period (3, 6 or 12 months) before it.
    public func freshSince(for type: AgencyType) -> CalendarDate {
        asOf.addingMonths(-portfolio.cadence(for: type).months)
    }
}

extension CalendarDate {
    /// The same day `n` months later (earlier when negative), clamped to the month's length.
    public func addingMonths(_ n: Int) -> CalendarDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let y = total / 12, m = total % 12 + 1
        let d = min(c.day, CalendarDate.daysIn(month: m, year: y))
        return CalendarDate(year: y, month: m, day: d) ?? self
    }
}
