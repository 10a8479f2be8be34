extension AgencyRisk {
    /// The name with the sector's long phrases abbreviated, for tables and lists
    /// ("Sở LĐTBXH Hà Nội", "Hanoi DOLISA").
    func shortName(_ lang: Language) -> String {
        AgencyNameShortener.fit(displayName(lang), width: 0)
    }
}
