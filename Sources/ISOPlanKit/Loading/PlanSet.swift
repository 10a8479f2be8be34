/// The one way every command reads the plans under some command-line paths: the files found,
/// the portfolio settings, and one verdict per plan. A plan that `check` rejects — errors in
/// its own file, or an agency id shared with another plan — is rejected by `risk`, `report`,
/// `timeline` and `checklist` too, with the same diagnostic and none of its dates or counts.
public struct PlanSet: Sendable {
    /// The portfolio settings (defaults when there is no portfolio file).
    public var portfolio: Portfolio
    /// The portfolio file read, if any.
    public var portfolioFile: String?
    /// Agency plan files, sorted and without duplicates.
    public var planFiles: [String]
    /// Problems with the paths themselves, and the portfolio file's own diagnostics.
    public var diagnostics: [Diagnostic]
    /// True when a path given does not exist, or the portfolio file cannot be read.
    public var couldNotRun: Bool
    /// True when one of the paths names the portfolio file itself.
    public var namesPortfolio: Bool

    /// True when the paths hold no agency plan: a command about plans has nothing to work on.
    public var hasNoPlan: Bool { planFiles.isEmpty }

    /// Finds the files under `paths` and reads the portfolio file.
    public static func open(_ paths: [String], fs: some FileSource) -> PlanSet {
        let found = Discovery.discover(paths, in: fs)
        let (portfolio, portfolioDiagnostics) = PlanLoader.loadPortfolio(found.portfolioFile, from: fs)
        let unreadablePortfolio = portfolioDiagnostics.contains { $0.rule == Rule.unreadableFile.id }
        return PlanSet(portfolio: portfolio, portfolioFile: found.portfolioFile, planFiles: found.planFiles,
                       diagnostics: found.diagnostics + portfolioDiagnostics,
                       couldNotRun: found.hasMissingPath || unreadablePortfolio,
                       namesPortfolio: found.namesPortfolio)
    }

    /// What loading every plan learnt beyond each file: which files could not be read, and
    /// the plans rejected because of another plan.
    public struct Verdicts: Sendable {
        /// Why plan files could not be read (one `unreadable-file` error each); empty when all were.
        public var unreadableFiles: [Diagnostic] = []
        /// True when some plan file could not be read.
        public var unreadable: Bool { !unreadableFiles.isEmpty }
        /// The error that rejects a plan because of the other plans, by file.
        public var rejected: [String: Diagnostic] = [:]

        /// The plan-set error that rejects `file`, if any.
        public func rejection(of file: String) -> Diagnostic? { rejected[file] }
    }

    /// Loads every plan file in parallel, no more than `window` files ahead of `collect`.
    /// `body` turns each loaded file into a result (on any thread); `collect` receives the
    /// results in file order, on the calling thread, in runs of those that were ready together,
    /// as soon as each is ready, while later files are still loading. The verdicts that need
    /// every plan come back at the end: apply them to the results.
    public func load<R: Sendable>(fs: some FileSource, window: Int = PlanSet.defaultWindow,
                                  _ body: @escaping @Sendable (PlanFile) -> R,
                                  collect: ([R]) -> Void) -> Verdicts {
        var verdicts = Verdicts()
        var ids = AgencyIDs()
        let files = planFiles
        OrderedWindow.map(count: files.count, window: window) { i -> (Located<String>?, [Diagnostic], R) in
            let f = PlanLoader.load(files[i], from: fs)
            return (f.plan?.agency.id, f.unreadable ? f.diagnostics : [], body(f))
        } collect: { results in
            for r in results {
                ids.record(r.0)
                verdicts.unreadableFiles += r.1
            }
            collect(results.map(\.2))
        }
        verdicts.rejected = ids.rejections()
        return verdicts
    }

    /// How many files `load` works on ahead of its caller by default.
    public static let defaultWindow = OrderedWindow.defaultWindow
}

/// The agency ids of a plan set. An id used by several plans rejects every one of them: each
/// file gets the same error, naming all the files that use the id.
struct AgencyIDs {
    private var uses: [String: [Located<String>]] = [:]

    mutating func record(_ id: Located<String>?) {
        guard let id else { return }
        uses[id.value, default: []].append(id)
    }

    /// One `duplicate-agency-id` error per file whose id another plan also uses, by file.
    func rejections() -> [String: Diagnostic] {
        var out: [String: Diagnostic] = [:]
        for (_, all) in uses where all.count > 1 {
            for d in Diagnostic.duplicateAgencyID(all) {
                if let file = d.location?.file { out[file] = d }
            }
        }
        return out
    }
}
