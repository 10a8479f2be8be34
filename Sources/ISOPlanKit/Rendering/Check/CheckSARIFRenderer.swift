/// SARIF 2.1.0 for code-scanning tools: the rules that fired and one result per diagnostic.
enum CheckSARIFRenderer {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "isoplan"
        var informationUri = "https://example.gov.vn/isoplan"
        var version = ISOPlanVersion.current
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Text: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]?
        /// The diagnostic's notes: places that explain it, each with its message.
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: Physical
        var message: Text?
    }

    struct Physical: Encodable {
        var artifactLocation: Artifact
        var region: Region?
    }

    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    static func render(_ r: CheckReport, language: Language = .en) -> String {
        let fired = Array(Set(r.diagnostics.map(\.rule))).sorted()
        let index = Dictionary(uniqueKeysWithValues: fired.enumerated().map { ($1, $0) })
        let rules = fired.map { id in
            let rule = RuleCatalog.rule(id)
            return Rule(id: id.raw, shortDescription: Text(text: rule.map { language.pick($0.summary) } ?? id.raw),
                        defaultConfiguration: Configuration(level: level(rule?.severity ?? .warning)))
        }
        let results = r.diagnostics.map { d in
            let related = d.notes.enumerated().compactMap { i, n in
                n.location.map { Location(id: i, physicalLocation: physical($0),
                                          message: Text(text: n.message(in: language))) }
            }
            return Result(ruleId: d.rule.raw, ruleIndex: index[d.rule] ?? 0, level: level(d.severity),
                          message: Text(text: d.message(in: language)),
                          locations: d.location.map { [Location(physicalLocation: physical($0))] },
                          relatedLocations: related.isEmpty ? nil : related)
        }
        return JSONOutput.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]))
    }

    static func physical(_ l: SourceLocation) -> Physical {
        Physical(artifactLocation: Artifact(uri: uri(l.file)),
                 region: l.line > 0 ? Region(startLine: l.line, startColumn: max(1, l.column)) : nil)
    }

    static func level(_ s: Diagnostic.Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference: unreserved characters and '/' kept, the rest percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}
