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
        let rules = fired.map { rule($0, language: language) }
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

    /// The entry of a rule that fired.
    static func rule(_ id: RuleID, language: Language) -> Rule {
        let rule = RuleCatalog.rule(id)
        return Rule(id: id.raw, shortDescription: Text(text: rule.map { language.pick($0.summary) } ?? id.raw),
                    defaultConfiguration: Configuration(level: level(rule?.severity ?? .warning)))
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

    /// `uri(_:)` appended to `out`, byte by byte (it needs no JSON escape).
    static func uri(_ path: String, into out: inout [UInt8]) {
        var path = path
        path.withUTF8 { u in
            for b in u {
                switch b {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.append(b)
                default:
                    out.append(0x25)
                    out.append(upperHex[Int(b >> 4)])
                    out.append(upperHex[Int(b & 15)])
                }
            }
        }
    }

    static let upperHex = Array("0123456789ABCDEF".utf8)

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

    /// One diagnostic as a result, with `,` and a newline before it (the first result of the
    /// document goes without): the text `JSONEncoder` writes for a `Result`, except that the
    /// rule's index, known only when every diagnostic is made, is written as a mark — a NUL
    /// byte, the rule id, a NUL byte — for `CheckStreamRenderer` to replace (JSON text holds
    /// no NUL byte of its own: strings escape it).
    static func result(_ d: Diagnostic, language: Language, into w: inout JSONText.Writer) {
        w.comma()
        w.indent(8)
        w.open()
        w.member(10, "level", first: true); w.string(level(d.severity))
        if let l = d.location {
            w.member(10, "locations")
            w.open(0x5B)
            w.indent(12)
            w.open()
            w.member(14, "physicalLocation", first: true)
            physical(l, indent: 14, into: &w)
            w.close(12)
            w.close(10, 0x5D)
        }
        w.member(10, "message"); text(d.message(in: language), indent: 10, into: &w)
        var related = false
        for (i, n) in d.notes.enumerated() {
            guard let l = n.location else { continue }
            if related {
                w.comma()
            } else {
                w.member(10, "relatedLocations")
                w.open(0x5B)
                related = true
            }
            w.indent(12)
            w.open()
            w.member(14, "id", first: true); w.int(i)
            w.member(14, "message"); text(n.message(in: language), indent: 14, into: &w)
            w.member(14, "physicalLocation"); physical(l, indent: 14, into: &w)
            w.close(12)
        }
        if related { w.close(10, 0x5D) }
        w.member(10, "ruleId"); w.string(d.rule.raw)
        w.member(10, "ruleIndex")
        w.bytes.append(0)
        w.raw(d.rule.raw)
        w.bytes.append(0)
        w.close(8)
    }

    /// `{ "text" : … }` for a member at `indent`.
    static func text(_ s: String, indent: Int, into w: inout JSONText.Writer) {
        w.open()
        w.member(indent + 2, "text", first: true); w.string(s)
        w.close(indent)
    }

    /// A `Physical` for a member at `indent`.
    static func physical(_ l: SourceLocation, indent: Int, into w: inout JSONText.Writer) {
        w.open()
        w.member(indent + 2, "artifactLocation", first: true)
        w.open()
        w.member(indent + 4, "uri", first: true)
        w.bytes.append(0x22)
        uri(l.file, into: &w.bytes)
        w.bytes.append(0x22)
        w.close(indent + 2)
        if l.line > 0 {
            w.member(indent + 2, "region")
            w.open()
            w.member(indent + 4, "startColumn", first: true); w.int(max(1, l.column))
            w.member(indent + 4, "startLine"); w.int(l.line)
            w.close(indent + 2)
        }
        w.close(indent)
    }
}
