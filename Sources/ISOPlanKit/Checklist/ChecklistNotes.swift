/// The notes a checklist attaches to the plan and to its items, in both languages.
enum ChecklistNotes {
    /// Notes about the whole plan: scenario, baseline features 2015 no longer requires,
    /// declarations of unknown clauses.
    static func planNotes(_ plan: AgencyPlan, catalog: Catalog, scenario: Catalog.Scenario) -> [Checklist.Note] {
        var notes = [scenarioNote(plan.baseline, catalog: catalog, scenario: scenario)]
        if scenario == .conversion {
            if plan.baseline.qualityManual?.value == true, let removed = removedClause("4.2.2", catalog) {
                notes.append(noLongerRequired(removed))
            }
            if plan.baseline.managementRepresentative?.value == true, let removed = removedClause("5.5.2", catalog) {
                notes.append(noLongerRequired(removed))
            }
        }
        for declaration in plan.notApplicable where catalog.clause(id: declaration.clause.value) == nil {
            let id = declaration.clause.value
            notes.append(.init(.warning, BilingualText(
                vi: "Điều khoản \(id) được xác định không áp dụng nhưng không phải là điều khoản của TCVN ISO 9001:2015.",
                en: "Clause \(id) is declared not applicable but is not a clause of TCVN ISO 9001:2015.")))
        }
        return notes
    }

    static func scenarioNote(_ baseline: Baseline, catalog: Catalog, scenario: Catalog.Scenario) -> Checklist.Note {
        let conversionDays = catalog.typicalTotalDuration(.conversion) ?? 0
        let buildDays = catalog.typicalTotalDuration(.newBuild) ?? 0
        let scopeVI = baseline.proceduresInScope.map { " Phạm vi: \($0.value) thủ tục hành chính." } ?? ""
        let scopeEN = baseline.proceduresInScope.map { " Scope: \($0.value) administrative procedures." } ?? ""
        switch scenario {
        case .newBuild:
            return .init(.info, BilingualText(
                vi: "Cơ quan chưa có hệ thống theo TCVN ISO 9001:2008: đây là xây dựng mới toàn bộ hệ thống "
                    + "quản lý chất lượng theo TCVN ISO 9001:2015, không phải chuyển đổi; thời gian điển hình "
                    + "khoảng \(buildDays) ngày làm việc (chuyển đổi: \(conversionDays)).\(scopeVI)",
                en: "No TCVN ISO 9001:2008 system: this is a full build of a quality management system to "
                    + "TCVN ISO 9001:2015, not a migration; it typically takes \(buildDays) working days "
                    + "(a conversion: \(conversionDays)).\(scopeEN)"))
        case .conversion:
            var vi = "", en = ""
            if let announced = baseline.announced?.value {
                vi = " đã công bố ngày \(announced.vietnamese)"
                en = " announced on \(announced.vietnamese)"
            }
            if let decision = baseline.decision?.value {
                vi += " (Quyết định số \(decision))"
                en += " (decision \(decision))"
            }
            return .init(.info, BilingualText(
                vi: "Chuyển đổi sang TCVN ISO 9001:2015 hệ thống quản lý chất lượng theo TCVN ISO 9001:2008\(vi); "
                    + "thời gian điển hình khoảng \(conversionDays) ngày làm việc.\(scopeVI)",
                en: "Conversion to TCVN ISO 9001:2015 of the TCVN ISO 9001:2008 quality management system\(en); "
                    + "it typically takes \(conversionDays) working days.\(scopeEN)"))
        }
    }

    static func removedClause(_ id: String, _ catalog: Catalog) -> Catalog.RemovedClause? {
        catalog.iso2008Removed.first { $0.id == id }
    }

    /// "Quality manual (TCVN ISO 9001:2008, 4.2.2): no longer required. …"
    static func noLongerRequired(_ removed: Catalog.RemovedClause) -> Checklist.Note {
        .init(.info, BilingualText(
            vi: "\(removed.title.vi) (mục \(removed.id) TCVN ISO 9001:2008): \(removed.note.vi)",
            en: "\(removed.title.en) (TCVN ISO 9001:2008, \(removed.id)): \(removed.note.en)"))
    }

    /// The note of a step no task covers, with its typical duration for the scenario.
    static func stepNotCovered(_ step: Catalog.Step, scenario: Catalog.Scenario) -> Checklist.Note {
        let days = step.typicalDuration.days(for: scenario)
        let kindVI = scenario == .conversion ? "khi chuyển đổi" : "khi xây dựng mới"
        let kindEN = scenario == .conversion ? "for a conversion" : "for a new build"
        let text = BilingualText(
            vi: (step.required ? "" : "Bước không bắt buộc. ")
                + "Chưa có công việc nào có 'step: \(step.id)'; thường mất \(days) ngày làm việc \(kindVI).",
            en: (step.required ? "" : "Optional step. ")
                + "No task has 'step: \(step.id)'; it typically takes \(days) working days \(kindEN).")
        return .init(step.required ? .warning : .info, text)
    }

    /// Notes on a clause the plan itself declares not applicable.
    static func notApplicableNotes(_ clauseID: String, catalog: Catalog, namedBy tasks: [String]) -> [Checklist.Note] {
        var notes: [Checklist.Note] = []
        if !catalog.mayBeDeclaredNotApplicable(clauseID) {
            notes.append(.init(.warning, BilingualText(
                vi: "Theo mục 4.3 TCVN ISO 9001:2015, chỉ được xác định không áp dụng yêu cầu không ảnh hưởng "
                    + "đến sự phù hợp của sản phẩm, dịch vụ; ngoài điều 8 và 7.1.5, điều khoản \(clauseID) "
                    + "không thể loại trừ.",
                en: "TCVN ISO 9001:2015 4.3 allows a requirement to be not applicable only when it does not "
                    + "affect the conformity of products and services; outside clause 8 and 7.1.5, clause "
                    + "\(clauseID) cannot be excluded.")))
        }
        if !tasks.isEmpty {
            let list = tasks.joined(separator: ", ")
            notes.append(.init(.warning, BilingualText(
                vi: "Đã xác định không áp dụng nhưng công việc \(list) vẫn nêu điều khoản này trong 'clauses'.",
                en: "Declared not applicable, yet task \(list) names it in 'clauses'.")))
        }
        return notes
    }
}
