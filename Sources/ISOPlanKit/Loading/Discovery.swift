/// The plan files and portfolio file named by command-line paths (plan-format.md "Files").
struct Discovery: Sendable {
    /// The portfolio file, if any (the first in sorted order when several are given).
    var portfolioFile: String?
    /// Agency plan files, sorted and without duplicates.
    var planFiles: [String]
    /// Missing or unreadable paths, and extra portfolio files.
    var diagnostics: [Diagnostic]
    /// True when a path given could not be read at all (the command cannot run as asked).
    var hasMissingPath: Bool
    /// True when a path given names a portfolio file itself.
    var namesPortfolio = false

    /// Walks `paths`: a folder recursively in sorted order, skipping hidden entries; its root
    /// `portfolio.yaml` is the portfolio file, every other `*.yaml`/`*.yml` an agency plan. A file
    /// given directly is the portfolio file when it is named `portfolio.yaml`, else a plan when
    /// it is a `*.yaml`/`*.yml`, else a path the command cannot use. When
    /// no path names a portfolio file, the nearest `portfolio.yaml` above them is used.
    static func discover(_ paths: [String], in fs: some FileSource) -> Discovery {
        var d = Discovery(portfolioFile: nil, planFiles: [], diagnostics: [], hasMissingPath: false)
        var portfolios: [String] = []
        var plans = Set<String>()
        for raw in paths {
            let path = normalize(raw)
            switch fs.kind(of: path) {
            case .file where basename(path) == "portfolio.yaml":
                portfolios.append(path)
                d.namesPortfolio = true
            case .file where path.hasSuffix(".yaml") || path.hasSuffix(".yml"):
                plans.insert(path)
            case .file:
                // `check README.md`: the wrong file, which YAML errors would only hide.
                d.hasMissingPath = true
                d.diagnostics.append(.notAPlanFile(raw))
            case .folder:
                let root = path == "." ? "" : path
                if fs.kind(of: join(root, "portfolio.yaml")) == .file { portfolios.append(join(root, "portfolio.yaml")) }
                walk(root, isRoot: true, fs: fs, into: &plans, diagnostics: &d.diagnostics)
            case .missing, .other:
                d.hasMissingPath = true
                d.diagnostics.append(.noSuchPath(raw))
            }
        }
        if portfolios.isEmpty {
            // Nothing given names a portfolio file: use the nearest one above the paths given,
            // so a single plan is evaluated with the same settings as its whole folder.
            portfolios = paths.compactMap { nearestPortfolio(above: normalize($0), fs: fs) }
        }
        portfolios = sameFilesOnce(Array(Set(portfolios)).sorted(), fs: fs)
        d.portfolioFile = portfolios.first
        for extra in portfolios.dropFirst() {
            d.diagnostics.append(.duplicatePortfolio(extra, used: portfolios[0]))
        }
        d.planFiles = paths.count > 1 ? sameFilesOnce(plans.sorted(), fs: fs) : plans.sorted()
        return d
    }

    /// The files without a second name for the same file (`a.yaml` and `/abs/a.yaml`): a
    /// file given twice is read once.
    static func sameFilesOnce(_ files: [String], fs: some FileSource) -> [String] {
        var seen = Set<String>()
        return files.filter { seen.insert(fs.identity(of: $0) ?? $0).inserted }
    }

    static func walk(_ folder: String, isRoot: Bool, fs: some FileSource, into plans: inout Set<String>,
                     diagnostics: inout [Diagnostic]) {
        guard let entries = fs.kinds(in: folder.isEmpty ? "." : folder) else {
            diagnostics.append(.unlistable(folder))
            return
        }
        for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let path = join(folder, name)
            switch kind {
            case .folder:
                walk(path, isRoot: false, fs: fs, into: &plans, diagnostics: &diagnostics)
            case .file:
                guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
                if isRoot && name == "portfolio.yaml" { continue }
                plans.insert(path)
            default:
                continue
            }
        }
    }

    /// The closest `portfolio.yaml` in the folders above `path`, stopping at a repository root
    /// (a folder holding `.git`) or the file system's root. A relative path climbs above the
    /// working folder too (`ha-noi.yaml` run in `plans/agencies` finds `../portfolio.yaml`), so
    /// a plan named by a relative or an absolute path is evaluated the same way.
    static func nearestPortfolio(above path: String, fs: some FileSource) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let absolute = path.hasPrefix("/")
        if fs.kind(of: path) != .folder { parts.removeLast() }
        for _ in 0..<256 {
            let dir = parts.joined(separator: "/")
            let candidate = dir.isEmpty ? (absolute ? "/portfolio.yaml" : "portfolio.yaml") : dir + "/portfolio.yaml"
            if fs.kind(of: candidate) == .file { return candidate }
            if fs.kind(of: dir.isEmpty ? (absolute ? "/.git" : ".git") : dir + "/.git") != .missing { return nil }
            if absolute {
                if parts.isEmpty || parts == [""] { return nil }
                parts.removeLast()
            } else if parts.allSatisfy({ $0 == ".." }) {
                // At or above the working folder: one more `..`, until the root (its own parent).
                let here = fs.identity(of: dir.isEmpty ? "." : dir)
                let up = parts + [".."]
                guard let here, here != fs.identity(of: up.joined(separator: "/")) else { return nil }
                parts = up
            } else {
                parts.removeLast()
            }
        }
        return nil
    }

    static func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : (a.hasSuffix("/") ? a + b : a + "/" + b) }

    static func basename(_ p: String) -> String { p.split(separator: "/").last.map(String.init) ?? p }

    /// Drops trailing slashes and a leading `./`, so the same file is named the same way.
    static func normalize(_ p: String) -> String {
        var s = p
        while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
        while s.hasPrefix("./") && s.count > 2 { s.removeFirst(2) }
        return s
    }
}
