extension CalendarDate {
    /// The dates a plan may give and a command may be asked about (`--as-of`): the years the
    /// holiday tables cover, 1900 through 2199.
    public static let supported = CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 2199, month: 12, day: 31)!
}
