/// Every rule the loader and validator can report, in one list (ids are unique: a test checks).
public enum RuleCatalog {
    public static let all: [Rule] = [
        .unreadableFile, .fileTooLarge, .yamlSyntax, .emptyFile, .yamlMultipleDocuments, .yamlAlias,
        .yamlAnchor, .yamlTooDeep, .yamlComplexKey, .notAMapping, .unknownKey, .duplicateKey,
        .missingField, .wrongType, .invalidDate, .dateOutOfRange, .invalidID, .invalidValue,
        .invalidDuration, .unsupportedVersion, .unknownStep, .unknownClause, .noTasks, .duplicateTaskID,
        .duplicateAgencyID, .duplicatePortfolio, .unknownPredecessor, .dependencyCycle, .durationAndEnd,
        .missingDuration, .missingStart, .endBeforeStart, .progressOutOfRange, .doneOnIncomplete,
        .doneOnAfterStatusDate, .notApplicableClause, .missingStep, .overdueTask, .staleStatus,
        .statusDateInFuture, .tooManyDiagnostics,
    ]

    /// The rule with this id.
    public static func rule(_ id: RuleID) -> Rule? { byID[id] }

    private static let byID: [RuleID: Rule] = {
        var d: [RuleID: Rule] = [:]
        for r in all { d[r.id] = r }
        return d
    }()
}
