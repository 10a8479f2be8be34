extension AgencyRisk {
    /// The name with the sector's long phrases abbreviated, for tables and lists
    /// ("Sở LĐTBXH Hà Nội", "Hanoi DOLISA").
    func shortName(_ lang: Language) -> String {
        let name = displayName(lang)
        if let made = shortNameMade, made.language == lang, made.name == name { return made.short }
        return AgencyNameShortener.fit(name, width: 0)
    }

    /// The agency with its short name in `lang` made ahead (`shortName` then only looks it up).
    func makingShortName(_ lang: Language) -> AgencyRisk {
        var a = self
        let name = displayName(lang)
        a.shortNameMade = ShortNameMade(language: lang, name: name, short: AgencyNameShortener.fit(name, width: 0))
        return a
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
