import ArgumentParser
import ISOPlanKit

/// What `isoplan init` writes into the new plan; each wrong value is a usage error (exit 64).
struct InitOptions: ParsableArguments {
    @Option(help: "Agency id: lower-case letters, digits and '-' (e.g. ha-noi).")
    var id: String
    @Option(help: "Official Vietnamese name of the agency.")
    var name: String
    @Option(help: "English name of the agency.")
    var nameEn: String?
    @Option(help: "Agency type: ministry-unit or provincial-department.")
    var type: String
    @Option(help: "Province (for a provincial-department only, and required for it).")
    var province: String?
    @Option(help: "Plan start (YYYY-MM-DD); also the first status date.", transform: DateArgument.parse)
    var start: CalendarDate
    @Option(help: "Baseline: 2008 (convert an announced TCVN ISO 9001:2008 system) or none (new build).")
    var baseline: String = "2008"
    @Option(help: "Date of the 2008 announcement (YYYY-MM-DD), not after --start; required with --baseline 2008.",
            transform: DateArgument.parse)
    var announced: CalendarDate?
    @Option(help: "Number of the 2008 announcement decision.")
    var decision: String?
    // Unconditional, so that `--procedures -4` is read as a (wrong) number, not a missing value.
    @Option(parsing: .unconditional, help: "Number of administrative procedures in scope, 0 or more (default: 0, to fill in).")
    var procedures: Int?

    func validate() throws {
        guard !id.isEmpty, id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw ValidationError("--id '\(id)' may use only a-z, 0-9 and '-' (e.g. ha-noi)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--name must not be empty")
        }
        guard let agencyType = AgencyType(rawValue: type) else {
            throw ValidationError("--type must be ministry-unit or provincial-department, not '\(type)'")
        }
        let hasProvince = !(province ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        if agencyType == .provincialDepartment && !hasProvince {
            throw ValidationError("--province is required for a provincial-department")
        }
        if agencyType == .ministryUnit && province != nil {
            throw ValidationError("--province is only for a provincial-department; drop it for a ministry-unit")
        }
        for (flag, date) in [("--start", start), ("--announced", announced)] {
            if let date, !CalendarDate.supported.contains(date) {
                throw ValidationError("\(flag) \(date.iso) is outside 1900-01-01…2199-12-31")
            }
        }
        try validateBaseline()
        if let procedures, procedures < 0 {
            throw ValidationError("--procedures must be 0 or more, not \(procedures)")
        }
    }

    private func validateBaseline() throws {
        switch baseline {
        case "2008":
            if announced == nil {
                throw ValidationError("--announced YYYY-MM-DD is required with --baseline 2008 "
                                      + "(the date the 2008 system was announced); use --baseline none for a new build")
            }
            // The system converted was announced before its conversion starts (on the day is possible).
            if let announced, announced > start {
                throw ValidationError("--announced \(announced.iso) is after --start \(start.iso): the 2008 system "
                                      + "must be announced before its conversion starts; check both dates")
            }
        case "none":
            if announced != nil || decision != nil {
                throw ValidationError("--announced and --decision describe a 2008 system; drop them with --baseline none")
            }
        default:
            throw ValidationError("--baseline must be 2008 or none, not '\(baseline)'")
        }
    }

    /// The plan these options describe.
    func template(language: Language, schemaPath: String = PlanTemplate.defaultSchemaPath) -> PlanTemplate {
        PlanTemplate(
            agencyID: id, name: name, nameEn: nameEn, type: AgencyType(rawValue: type) ?? .ministryUnit,
            province: province, start: start, baseline: baseline == "none" ? .none : .iso2008,
            announced: announced, decision: decision, procedures: procedures, language: language,
            schemaPath: schemaPath)
    }
}
