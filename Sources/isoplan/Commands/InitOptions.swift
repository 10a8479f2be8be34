import ArgumentParser
import ISOPlanKit

/// The checks on `isoplan init`'s options; each failure is a usage error (exit 64).
enum InitOptions {
    static func validate(_ o: InitCommand) throws {
        guard !o.id.isEmpty, o.id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw ValidationError("--id '\(o.id)' may use only a-z, 0-9 and '-' (e.g. ha-noi)")
        }
        guard !o.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--name must not be empty")
        }
        guard let type = AgencyType(rawValue: o.type) else {
            throw ValidationError("--type must be ministry-unit or provincial-department, not '\(o.type)'")
        }
        if type == .provincialDepartment && (o.province ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--province is required for a provincial-department")
        }
        for (flag, date) in [("--start", o.start), ("--announced", o.announced)] {
            if let date, !(1900...2199).contains(date.year) {
                throw ValidationError("\(flag) \(date.iso) is outside 1900-01-01…2199-12-31")
            }
        }
        switch o.baseline {
        case "2008":
            if o.announced == nil {
                throw ValidationError("--announced YYYY-MM-DD is required with --baseline 2008 "
                                      + "(the date the 2008 system was announced); use --baseline none for a new build")
            }
        case "none":
            if o.announced != nil || o.decision != nil {
                throw ValidationError("--announced and --decision describe a 2008 system; drop them with --baseline none")
            }
        default:
            throw ValidationError("--baseline must be 2008 or none, not '\(o.baseline)'")
        }
        if let p = o.procedures, p < 0 {
            throw ValidationError("--procedures must be 0 or more")
        }
    }
}
