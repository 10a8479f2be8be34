extension Catalog {
    /// Whether an agency converts an announced 2008 system or builds one from scratch.
    public enum Scenario: String, Sendable, Hashable, CaseIterable {
        /// `baseline.standard: TCVN ISO 9001:2008`: update an announced 2008 system.
        case conversion
        /// `baseline.standard: none`: build a system from scratch.
        case newBuild = "new_build"
    }

    /// Typical working days a step takes, per scenario.
    public struct TypicalDuration: Sendable, Hashable {
        /// Working days when converting a 2008 system.
        public let conversion: Int
        /// Working days when building a system from scratch.
        public let newBuild: Int

        /// The working days for `scenario`.
        public func days(for scenario: Scenario) -> Int {
            switch scenario {
            case .conversion: conversion
            case .newBuild: newBuild
            }
        }
    }

    /// One migration step (the catalog ids a plan task's `step:` refers to).
    public struct Step: Sendable, Hashable, Identifiable {
        /// Stable kebab-case id, e.g. `internal-audit`.
        public let id: String
        /// Short name of the step.
        public let title: BilingualText
        /// One sentence saying what the step does.
        let description: BilingualText
        /// True when a plan with no task for this step gets a `missing-step` warning.
        public let required: Bool
        /// Typical working days for a conversion and for a new build.
        public let typicalDuration: TypicalDuration
        /// Ids of the steps that normally finish before this one starts.
        public let predecessors: [String]
        /// Legal texts or clauses the step rests on; `practice` for common practice.
        public let legalBasis: [String]
        /// The typical output that proves the step was done.
        let evidence: BilingualText
        /// ISO 9001:2015 clause ids the step addresses.
        public let clauses: [String]
    }
}

extension Catalog.TypicalDuration: Decodable {
    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(["conversion", "new_build"])
        conversion = try c.value("conversion")
        newBuild = try c.value("new_build")
    }
}

extension Catalog.Step: Decodable {
    static let keys: Set<String> = [
        "id", "title_vi", "title_en", "description_vi", "description_en", "required",
        "typical_duration", "predecessors", "legal_basis", "evidence_vi", "evidence_en", "clauses",
    ]

    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(Self.keys)
        id = try c.value("id")
        title = try c.text("title")
        description = try c.text("description")
        required = try c.value("required")
        typicalDuration = try c.value("typical_duration")
        predecessors = try c.value("predecessors")
        legalBasis = try c.value("legal_basis")
        evidence = try c.text("evidence")
        clauses = try c.value("clauses")
    }
}
