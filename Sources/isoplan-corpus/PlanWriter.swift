import ISOPlanKit

/// One generated agency: where its file goes and what it says.
struct GeneratedPlan {
    var folder: String
    var fileName: String
    var text: String
}

/// Writes the YAML of agency number `index` of a corpus, deterministic in (seed, index).
struct PlanWriter {
    let seed: UInt64
    let index: Int
    /// About how many warnings the plan should carry (0: only the usual few).
    let warnings: Int
    var rng: SplitMix
    var out = ""

    init(seed: UInt64, index: Int, warnings: Int = 0) {
        self.seed = seed
        self.index = index
        self.warnings = warnings
        rng = SplitMix.forItem(seed: seed, index: index)
    }

    mutating func line(_ s: String) { out += s + "\n" }

    mutating func generate() -> GeneratedPlan {
        let agency = AgencyFactory.make(index: index, rng: &rng)
        line("# Kế hoạch chuyển đổi HTQLCL sang TCVN ISO 9001:2015 — " + agency.name)
        line("version: 1")
        writeAgency(agency)
        var statusDate = pickStatusDate(agency)
        // The warnings draw from their own generator, so the plain corpus keeps its bytes.
        var extra = SplitMix.forItem(seed: seed ^ 0x5741_524E, index: index)
        var budget = warnings > 0 ? max(0, warnings + extra.int(-2...2)) : 0
        if warnings > 0 {
            statusDate = CalendarDate(year: 2019, month: 9, day: 16)!.adding(days: extra.int(0...14))
            if extra.chance(5) {
                statusDate = CalendarDate(year: 2019, month: 3, day: 29)!   // stale-status
                budget -= 1
            }
        }
        let planStart = WeekdaySchedule.nextWorkingDay(
            onOrAfter: CalendarDate(year: 2019, month: 1, day: 2)!.adding(days: rng.int(0...150)))
        writeBaseline(procedures: agency.procedures)
        line("target:")
        line("  standard: TCVN ISO 9001:2015")
        if rng.chance(10) { line("  deadline: 2020-\(rng.pick(["06-30", "09-30", "11-30"]))") }
        line("start: " + planStart.iso)
        line("status_date: " + statusDate.iso)
        var builder = TaskPlanBuilder(rng: rng)
        var tasks = builder.build(procedures: agency.procedures)
        rng = builder.rng
        WeekdaySchedule.schedule(&tasks, planStart: planStart)
        let flow = rng.chance(20)
        var slip = rng.pick([0, 0, 0, 2, 5, 10])
        var laggard = rng.chance(30) ? 4 : 0
        var open = Set<Int>()
        if warnings > 0 {
            (slip, laggard) = (0, 0)
            open = overdue(&tasks, budget: &budget, statusDate: statusDate, rng: &extra)
        }
        line("tasks:")
        for (i, t) in tasks.enumerated() {
            var writer = TaskWriter(task: t, statusDate: statusDate, slip: slip, laggard: open.contains(i) ? 100 : laggard)
            line(flow ? writer.flow(&rng) : writer.block(&rng))
        }
        if rng.chance(30) {
            line("not_applicable:")
            line("  - clause: \"8.3\"")
            line("    reason: Cơ quan không thiết kế, phát triển sản phẩm; dịch vụ công do pháp luật quy định")
        }
        return GeneratedPlan(folder: agency.folder, fileName: agency.id + ".yaml", text: out)
    }

    mutating func writeAgency(_ a: AgencyFactory.Agency) {
        line("agency:")
        line("  id: " + a.id)
        line("  name: " + YAMLText.scalar(a.name))
        if let en = a.nameEn { line("  name_en: " + YAMLText.scalar(en)) }
        line("  type: " + a.type)
        if let p = a.province { line("  province: " + YAMLText.scalar(p)) }
        if rng.chance(70) {
            let person = rng.pick(AgencyNames.people)
            line("  contact: {name: \(person), email: iso.\(a.id)@molisa.gov.vn}")
        }
    }

    mutating func writeBaseline(procedures: Int) {
        line("baseline:")
        if rng.chance(5) {
            line("  standard: none")
        } else {
            line("  standard: TCVN ISO 9001:2008")
            let announced = CalendarDate(year: rng.int(2011...2017), month: rng.int(1...12), day: rng.int(1...28))!
            line("  announced: " + announced.iso)
            line("  decision: \(rng.int(12...2999))/QĐ-\(rng.pick(["SLĐTBXH", "LĐTBXH", "UBND", "CVL", "CATLĐ"]))")
            if rng.chance(50) { line("  quality_manual: \(rng.chance(70))") }
            if rng.chance(50) { line("  management_representative: true") }
        }
        line("  procedures_in_scope: \(procedures + rng.int(0...40))")
    }

    /// Spends the warning budget: up to two required steps left without a task (their one
    /// task loses its `step`), then open tasks among those planned to end well before the
    /// status date (overdue). Returns the indices of the tasks to leave open.
    func overdue(_ tasks: inout [TaskSpec], budget: inout Int, statusDate: CalendarDate,
                 rng: inout SplitMix) -> Set<Int> {
        for step in ["management-review", "steering-committee"] where budget > 0 && rng.chance(40) {
            if let i = tasks.firstIndex(where: { $0.step == step }) {
                tasks[i].step = nil
                budget -= 1
            }
        }
        // Two weeks of margin: the engine's calendar has holidays the generator's week has not.
        let due = tasks.indices.filter { tasks[$0].end.adding(days: 14) < statusDate && tasks[$0].fixedStart == nil }
        var open = Set<Int>()
        for i in rng.sample(due, budget) { open.insert(i) }
        return open
    }

    /// Mostly the last fortnight of September 2019; a few plans report late (stale warnings).
    mutating func pickStatusDate(_ a: AgencyFactory.Agency) -> CalendarDate {
        if rng.chance(3) { return CalendarDate(year: 2019, month: 3, day: 29)! }
        return CalendarDate(year: 2019, month: 9, day: 16)!.adding(days: rng.int(0...14))
    }
}
