import Foundation

/// Reads the optional portfolio file (`portfolio.yaml`).
enum PortfolioDecoder {
    static let rootKeys = ["version", "portfolio", "calendar", "report"]
    static let portfolioKeys = ["name", "deadline", "as_of", "at_risk_slack", "reporting"]
    static let reportingKeys = AgencyType.allCases.map(\.rawValue)
    static let calendarKeys = ["holidays", "working_days"]
    static let dayKeys = ["date", "name"]
    static let reportKeys = ["parent_body", "issuing_body", "number", "symbol", "place", "addressee",
                             "signer_authority", "signer_title", "signer_name", "recipients"]

    static let rootTable = KeyTable(rootKeys)
    static let portfolioTable = KeyTable(portfolioKeys)
    static let reportingTable = KeyTable(reportingKeys)
    static let calendarTable = KeyTable(calendarKeys)
    static let dayTable = KeyTable(dayKeys)
    static let reportTable = KeyTable(reportKeys)

    /// The portfolio settings in `doc` and the problems found.
    static func decode(_ doc: YAMLDocument) -> (Portfolio?, [Diagnostic]) {
        var r = FieldReader(doc)
        let root = doc.root, file = doc.file
        guard doc.kind(root) == .map else {
            return (nil, [.notAMapping(doc.kindWords(root), at: doc.at(root), what: .thePortfolioFile)])
        }
        guard let f = r.fields(root, known: rootTable, context: .thePortfolioFile) else { return (nil, r.diagnostics) }
        let version = PlanDecoder.readVersion(&r, f)
        var portfolio = Portfolio(file: file)
        if let p = f["portfolio"], let pf = r.fields(p, known: portfolioTable, context: .section("portfolio")) {
            portfolio.name = r.string(pf["name"], key: "name")
            portfolio.deadline = r.date(pf["deadline"], key: "deadline")
            portfolio.asOf = r.date(pf["as_of"], key: "as_of")
            portfolio.atRiskSlack = r.int(pf["at_risk_slack"], key: "at_risk_slack")
            if let s = portfolio.atRiskSlack, s.value < 0 {
                r.diagnostics.append(.invalidNumber("at_risk_slack", s.value,
                                                    give: .en("a number of working days, 0 or more",
                                                              vi: "số ngày làm việc, từ 0 trở lên"), at: s.at))
                portfolio.atRiskSlack = nil
            }
            if let rep = pf["reporting"], let rf = r.fields(rep, known: reportingTable, context: .section("reporting")) {
                for type in AgencyType.allCases {
                    if let c = r.choice(rf[type.rawValue], key: type.rawValue, ReportingCadence.self,
                                        allowed: ReportingCadence.allCases) {
                        portfolio.reporting[type] = c
                    }
                }
            }
        }
        if let c = f["calendar"], let cf = r.fields(c, known: calendarTable, context: .section("calendar")) {
            portfolio.calendar.holidays = r.list(cf["holidays"], key: "holidays") { r, n in readDay(&r, n) }
            portfolio.calendar.workingDays = r.list(cf["working_days"], key: "working_days") { r, n in readDay(&r, n) }
        }
        if let rep = f["report"], let rf = r.fields(rep, known: reportTable, context: .section("report")) {
            portfolio.report = readReport(&r, rf)
        }
        return (version == nil ? nil : portfolio, r.diagnostics)
    }

    static func readReport(_ r: inout FieldReader, _ f: Fields) -> ReportHeader {
        func text(_ key: String) -> String? {
            guard let v = r.string(f[key], key: key)?.value.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        var h = ReportHeader(parentBody: text("parent_body"), issuingBody: text("issuing_body"), symbol: text("symbol"),
                             place: text("place"), addressee: text("addressee"), signerAuthority: text("signer_authority"),
                             signerTitle: text("signer_title"), signerName: text("signer_name"))
        if let n = r.int(f["number"], key: "number") {
            if n.value < 1 {
                r.diagnostics.append(.invalidNumber("number", n.value,
                                                    give: .en("the document number, 1 or more, or leave it out to fill "
                                                              + "it in by hand",
                                                              vi: "số văn bản, từ 1 trở lên, hoặc bỏ trống để điền tay"),
                                                    at: n.at))
            } else {
                h.number = n.value
            }
        }
        h.recipients = r.list(f["recipients"], key: "recipients") { r, n in r.string(n, key: "recipients")?.value }
        return h
    }

    static func readDay(_ r: inout FieldReader, _ node: LocatedNode) -> CalendarAdditions.Day? {
        guard let f = r.fields(node, known: dayTable, context: .aCalendarDay) else { return nil }
        guard let date = r.date(r.require(f, "date"), key: "date") else { return nil }
        let name = r.string(f["name"], key: "name")?.value ?? ""
        return CalendarAdditions.Day(date: date.value, name: name, at: date.at)
    }
}
