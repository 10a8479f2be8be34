/// One plan file after loading: the typed plan when it could be read, and its diagnostics.
public struct PlanFile: Sendable {
    public var file: String
    public var plan: AgencyPlan?
    public var diagnostics: [Diagnostic]
    /// True when the file could not be read at all (missing, permissions).
    public var unreadable: Bool

    public init(file: String, plan: AgencyPlan?, diagnostics: [Diagnostic], unreadable: Bool = false) {
        self.file = file
        self.plan = plan
        self.diagnostics = diagnostics
        self.unreadable = unreadable
    }

    /// True when the plan was read and has no error.
    public var isValid: Bool { plan != nil && !diagnostics.hasErrors }
}

/// Reads plan and portfolio files: bytes → located nodes → typed model + diagnostics.
public enum PlanLoader {
    /// Reads, parses, decodes and structurally validates one agency plan file.
    public static func load(_ file: String, from fs: some FileSource) -> PlanFile {
        switch fs.read(file, limit: YAMLReader.maxFileSize) {
        case .failed(let reason):
            return PlanFile(file: file, plan: nil, diagnostics: [.unreadable(file: file, reason: reason)], unreadable: true)
        case .tooLarge(let size):
            return PlanFile(file: file, plan: nil,
                            diagnostics: [.fileTooLarge(file: file, size: size, limit: YAMLReader.maxFileSize)])
        case .bytes(let bytes):
            return loadPlan(bytes, file: file)
        }
    }

    /// Parses, decodes and structurally validates plan text.
    public static func loadPlan(_ bytes: [UInt8], file: String) -> PlanFile {
        let (document, yamlDiagnostics) = YAMLReader().read(bytes, file: file)
        var diagnostics = yamlDiagnostics
        guard let document, !yamlDiagnostics.hasErrors else {
            return PlanFile(file: file, plan: nil, diagnostics: diagnostics)
        }
        let (plan, decodeDiagnostics) = PlanDecoder.decodePlan(document)
        diagnostics += decodeDiagnostics
        return PlanFile(file: file, plan: plan, diagnostics: capped(diagnostics, file: file))
    }

    /// Most diagnostics reported for one file; the rest are counted in one last diagnostic.
    public static let maxDiagnosticsPerFile = 500

    /// The first `maxDiagnosticsPerFile` diagnostics in output order, and a summary of the rest.
    static func capped(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        guard diagnostics.count > maxDiagnosticsPerFile else { return diagnostics }
        let sorted = diagnostics.sortedForOutput()
        let rest = sorted[maxDiagnosticsPerFile...]
        let errors = rest.filter { $0.severity == .error }.count
        let last = sorted[maxDiagnosticsPerFile - 1].location ?? SourceLocation(file: file, line: 1, column: 1)
        return Array(sorted[..<maxDiagnosticsPerFile]) + [.tooMany(rest.count, errors: errors, at: last)]
    }

    /// Parses plan text given as a string (tests, generated plans).
    public static func loadPlan(_ text: String, file: String) -> PlanFile {
        loadPlan(Array(text.utf8), file: file)
    }

    /// Reads the portfolio file; problems come back as diagnostics and the defaults are used.
    public static func loadPortfolio(_ file: String?, from fs: some FileSource) -> (Portfolio, [Diagnostic]) {
        guard let file else { return (Portfolio(), []) }
        switch fs.read(file, limit: YAMLReader.maxFileSize) {
        case .failed(let reason):
            return (Portfolio(), [.unreadable(file: file, reason: reason)])
        case .tooLarge(let size):
            return (Portfolio(), [.fileTooLarge(file: file, size: size, limit: YAMLReader.maxFileSize)])
        case .bytes(let bytes):
            return loadPortfolio(bytes, file: file)
        }
    }

    /// Parses portfolio text.
    public static func loadPortfolio(_ bytes: [UInt8], file: String) -> (Portfolio, [Diagnostic]) {
        let (document, yamlDiagnostics) = YAMLReader().read(bytes, file: file)
        guard let document, !yamlDiagnostics.hasErrors else { return (Portfolio(file: file), yamlDiagnostics) }
        let (portfolio, diagnostics) = PortfolioDecoder.decode(document)
        return (portfolio ?? Portfolio(file: file), yamlDiagnostics + diagnostics)
    }
}
