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
    var rng: SplitMix
    var out = ""

    init(seed: UInt64, index: Int) {
        self.seed = seed
        self.index = index
        rng = SplitMix.forItem(seed: seed, index: index)
    }

    mutating func line(_ s: String) { out += s + "\n" }

    mutating func generate() -> GeneratedPlan {
        let agency = AgencyFactory.make(index: index, rng: &rng)
        line("# Kế hoạch chuyển đổi HTQLCL sang TCVN ISO 9001:2015 — " + agency.name)
        line("version: 1")
        writeAgency(agency)
        let statusDate = pickStatusDate(agency)
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
        let slip = rng.pick([0, 0, 0, 2, 5, 10])
        let laggard = rng.chance(30) ? 4 : 0
        line("tasks:")
        for t in tasks {
            var writer = TaskWriter(task: t, statusDate: statusDate, slip: slip, laggard: laggard)
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

    /// Mostly the last fortnight of September 2019; a few plans report late (stale warnings).
    mutating func pickStatusDate(_ a: AgencyFactory.Agency) -> CalendarDate {
        if rng.chance(3) { return CalendarDate(year: 2019, month: 3, day: 29)! }
        return CalendarDate(year: 2019, month: 9, day: 16)!.adding(days: rng.int(0...14))
    }
}
