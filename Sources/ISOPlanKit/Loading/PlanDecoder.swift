/// Turns a located YAML document into a typed agency plan, collecting every problem.
enum PlanDecoder {
    /// The plan format versions this engine reads.
    static let supportedVersions = [1]
    /// Longest task duration accepted, in working days (about 20 years).
    static let maxDuration = 5000

    static let planKeys = ["version", "agency", "baseline", "target", "start", "status_date", "tasks", "not_applicable"]
    static let agencyKeys = ["id", "name", "name_en", "type", "province", "contact"]
    static let contactKeys = ["name", "email", "phone"]
    static let baselineKeys = ["standard", "announced", "decision", "procedures_in_scope",
                               "quality_manual", "management_representative"]
    static let targetKeys = ["standard", "deadline"]
    static let taskKeys = ["id", "title", "step", "clauses", "owner", "start", "duration", "end",
                           "after", "progress", "done_on"]
    static let notApplicableKeys = ["clause", "reason"]

    static let planTable = KeyTable(planKeys)
    static let agencyTable = KeyTable(agencyKeys)
    static let contactTable = KeyTable(contactKeys)
    static let baselineTable = KeyTable(baselineKeys)
    static let targetTable = KeyTable(targetKeys)
    static let taskTable = KeyTable(taskKeys)
    static let notApplicableTable = KeyTable(notApplicableKeys)

    /// The agency plan in `doc` (structurally validated), or nil when its required parts are missing or broken.
    static func decodePlan(_ doc: YAMLDocument) -> (AgencyPlan?, [Diagnostic]) {
        var r = FieldReader(doc)
        let root = doc.root, file = doc.file
        guard doc.kind(root) == .map else {
            return (nil, [.notAMapping(doc.kindWords(root), at: doc.at(root), what: .anAgencyPlan)])
        }
        guard let f = r.fields(root, known: planTable, context: .thePlan) else { return (nil, r.diagnostics) }
        let version = readVersion(&r, f)
        let agency = r.require(f, "agency").flatMap { readAgency(&r, $0) }
        let baseline = r.require(f, "baseline", hint: .en(" (standard: TCVN ISO 9001:2008 or none)", vi: " (standard: TCVN ISO 9001:2008 hoặc none)"))
            .flatMap { readBaseline(&r, $0) }
        let target = r.require(f, "target", hint: .en(" (standard: TCVN ISO 9001:2015)", vi: " (standard: TCVN ISO 9001:2015)")).map { readTarget(&r, $0) }
            ?? Target(standard: nil, deadline: nil)
        let start = r.date(f["start"], key: "start")
        let status = r.date(r.require(f, "status_date", hint: .en(" (the day the progress figures were true)", vi: " (ngày mà các số liệu tiến độ được cập nhật)")),
                            key: "status_date")
        let tasks = readTasks(&r, f)
        let notApplicable = r.list(f["not_applicable"], key: "not_applicable") { r, node in
            readNotApplicable(&r, node)
        }
        // Task rules run even when the plan's header is broken, so one run reports everything.
        if let tasks {
            r.diagnostics += PlanValidator.validate(tasks: tasks, planStart: start, planStartFlawed: r.isFlawed(f, "start"),
                                                    statusDate: status, at: doc.at(root))
        }
        r.diagnostics += ClauseRules.check(tasks: tasks ?? [], notApplicable: notApplicable)
        guard let version, let agency, let baseline, let status, let tasks else { return (nil, r.diagnostics) }
        let plan = AgencyPlan(file: file, at: doc.at(root), version: version, agency: agency, baseline: baseline,
                              target: target, start: start, statusDate: status, tasks: tasks,
                              notApplicable: notApplicable)
        return (plan, r.diagnostics)
    }

    static func readVersion(_ r: inout FieldReader, _ f: Fields) -> Located<Int>? {
        guard let node = r.require(f, "version", hint: .en(" ('version: 1')", vi: " ('version: 1')")) else { return nil }
        guard r.doc.kind(node) == .scalar else {
            r.diagnostics.append(.wrongType("version", expected: .theNumber1, got: r.doc.kindWords(node), at: r.at(node)))
            return nil
        }
        guard let v = r.doc.withBytes(node, FieldReader.parseInt), supportedVersions.contains(v) else {
            r.diagnostics.append(.unsupportedVersion(r.doc.text(node), at: r.at(node)))
            return nil
        }
        return Located(v, at: r.at(node))
    }

    static func readAgency(_ r: inout FieldReader, _ node: LocatedNode) -> Agency? {
        guard let f = r.fields(node, known: agencyTable, context: .section("agency")) else { return nil }
        let id = r.id(r.require(f, "id"), key: "id")
        let name = r.string(r.require(f, "name"), key: "name")
        let nameEn = r.string(f["name_en"], key: "name_en")
        let type = r.choice(r.require(f, "type"), key: "type", AgencyType.self, allowed: AgencyType.allCases)
        let province = r.string(f["province"], key: "province")
        if type?.value == .provincialDepartment && f["province"] == nil {
            _ = r.require(f, "province", hint: .en(" (required for a provincial department)", vi: " (bắt buộc với một sở cấp tỉnh)"))
        }
        var contact: Contact?
        if let c = f["contact"], let cf = r.fields(c, known: contactTable, context: .section("contact")) {
            contact = Contact(name: r.string(cf["name"], key: "name")?.value,
                              email: r.string(cf["email"], key: "email")?.value,
                              phone: r.string(cf["phone"], key: "phone")?.value)
        }
        guard let id, let name, let type else { return nil }
        return Agency(id: id, name: name, nameEn: nameEn, type: type, province: province, contact: contact)
    }

    typealias BaselineStandard = Baseline.Standard

    static func readBaseline(_ r: inout FieldReader, _ node: LocatedNode) -> Baseline? {
        guard let f = r.fields(node, known: baselineTable, context: .section("baseline")) else { return nil }
        let standard = r.choice(r.require(f, "standard"), key: "standard", Baseline.Standard.self,
                                allowed: [.iso2008, .none])
        let baseline = Baseline(
            at: f.at, standard: standard ?? Located(.iso2008, at: f.at),
            announced: r.date(f["announced"], key: "announced"),
            decision: r.string(f["decision"], key: "decision"),
            proceduresInScope: r.int(r.require(f, "procedures_in_scope",
                                               hint: .en(" (the number of administrative procedures in scope)", vi: " (số thủ tục hành chính trong phạm vi)")),
                                     key: "procedures_in_scope"),
            qualityManual: r.bool(f["quality_manual"], key: "quality_manual"),
            managementRepresentative: r.bool(f["management_representative"], key: "management_representative"))
        if let p = baseline.proceduresInScope, p.value < 0 {
            r.diagnostics.append(.invalidNumber("procedures_in_scope", p.value,
                                                give: .en("the number of administrative procedures (0 or more)",
                                                          vi: "số thủ tục hành chính (từ 0 trở lên)"), at: p.at))
        }
        if standard?.value == .iso2008 && f["announced"] == nil {
            _ = r.require(f, "announced", hint: .en(" (the date of the 2008 conformity announcement)", vi: " (ngày công bố phù hợp theo bản 2008)"))
        }
        if standard?.value == BaselineStandard.none {
            for key in ["announced", "decision"] {
                if let node = f[key] {
                    r.diagnostics.append(.onlyWith2008(key, at: r.at(node)))
                }
            }
        }
        return standard == nil ? nil : baseline
    }

    static func readTarget(_ r: inout FieldReader, _ node: LocatedNode) -> Target {
        guard let f = r.fields(node, known: targetTable, context: .section("target")) else {
            return Target(standard: nil, deadline: nil)
        }
        let standard = r.string(r.require(f, "standard", hint: .en(" (TCVN ISO 9001:2015)", vi: " (TCVN ISO 9001:2015)")), key: "standard")
        if let s = standard, s.value != "TCVN ISO 9001:2015" {
            r.diagnostics.append(.invalidValue("standard", text: s.value, allowed: ["TCVN ISO 9001:2015"], at: s.at))
        }
        return Target(standard: standard, deadline: r.date(f["deadline"], key: "deadline"))
    }

    static func readNotApplicable(_ r: inout FieldReader, _ node: LocatedNode) -> NotApplicableClause? {
        guard let f = r.fields(node, known: notApplicableTable, context: .aNotApplicableEntry) else { return nil }
        let clause = r.string(r.require(f, "clause"), key: "clause")
        let reason = r.string(r.require(f, "reason", hint: .en(" (the justification ISO 9001:2015 4.3 asks for)", vi: " (lý do mà ISO 9001:2015 mục 4.3 yêu cầu)")),
                              key: "reason")
        guard let clause, let reason else { return nil }
        return NotApplicableClause(clause: clause, reason: reason)
    }
}
