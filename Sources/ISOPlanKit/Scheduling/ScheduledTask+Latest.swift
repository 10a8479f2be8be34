/// The latest dates of a task against its deadline (the backward pass), as the outputs read
/// them. The scheduler does not compute them yet, so they are nil and every output that shows
/// a "must start by" or "must finish by" date leaves it out; once the backward pass fills
/// `ScheduledTask`, these two accessors return its dates and nothing else changes.
extension ScheduledTask {
    /// The latest day the task can start and still meet the deadline; nil when not computed
    /// or when the task is complete.
    public var mustStartBy: CalendarDate? { nil }
    /// The latest day the task can finish and still meet the deadline; nil when not computed
    /// or when the task is complete.
    public var mustFinishBy: CalendarDate? { nil }
}
