extension AgencyRisk {
    /// The name with the sector's long phrases abbreviated, for tables and lists
    /// ("Sở LĐTBXH Hà Nội", "Hanoi DOLISA").
    func shortName(_ lang: Language) -> String {
        AgencyNameShortener.fit(displayName(lang), width: 0)
    }

    /// For each agency, ` (file.yaml)` when another agency of `agencies` shows the same name,
    /// else nothing: the file tells their rows apart.
    static func fileSuffixes(_ agencies: [AgencyRisk], _ lang: Language) -> [String] {
        var uses: [String: Int] = [:]
        for a in agencies { uses[a.displayName(lang), default: 0] += 1 }
        guard uses.values.contains(where: { $0 > 1 }) else { return Array(repeating: "", count: agencies.count) }
        return agencies.map { a in
            (uses[a.displayName(lang)] ?? 0) > 1 ? " (" + (a.file.split(separator: "/").last.map(String.init) ?? a.file) + ")" : ""
        }
    }
}
