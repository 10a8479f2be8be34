import Testing
@testable import ISOPlanKit

/// The rows of domain.md §2.2 (2015 clause → status, 2008 clauses), copied from the table.
enum DomainTable {
    static let rows: [(clause: String, change: Catalog.Change, iso2008: [String])] = [
        ("4.1", .new, ["1.1"]),
        ("4.2", .new, ["1.1"]),
        ("4.3", .changed, ["1.2", "4.2.2"]),
        ("4.4", .changed, ["4", "4.1"]),
        ("5.1", .changed, ["5.1"]),
        ("5.1.1", .changed, ["5.1"]),
        ("5.1.2", .unchanged, ["5.2"]),
        ("5.2", .unchanged, ["5.3"]),
        ("5.2.2", .changed, ["5.3"]),
        ("5.3", .changed, ["5.5.1", "5.5.2"]),
        ("6.1", .new, ["5.4.2", "8.5.3"]),
        ("6.2", .changed, ["5.4.1"]),
        ("6.3", .changed, ["5.4.2"]),
        ("7.1", .unchanged, ["6", "6.1"]),
        ("7.1.2", .unchanged, ["6.1"]),
        ("7.1.3", .unchanged, ["6.3"]),
        ("7.1.4", .changed, ["6.4"]),
        ("7.1.5", .changed, ["7.6"]),
        ("7.1.6", .new, []),
        ("7.2", .unchanged, ["6.2.1", "6.2.2"]),
        ("7.3", .changed, ["6.2.2"]),
        ("7.4", .changed, ["5.5.3"]),
        ("7.5", .changed, ["4.2", "4.2.1"]),
        ("7.5.2", .unchanged, ["4.2.3", "4.2.4"]),
        ("7.5.3", .unchanged, ["4.2.3", "4.2.4"]),
        ("8.1", .changed, ["7.1"]),
        ("8.2", .unchanged, ["7.2"]),
        ("8.2.1", .changed, ["7.2.3"]),
        ("8.2.2", .unchanged, ["7.2.1"]),
        ("8.2.3", .unchanged, ["7.2.2"]),
        ("8.2.4", .unchanged, ["7.2.2"]),
        ("8.3", .changed, ["7.3", "7.3.1"]),
        ("8.3.2", .changed, ["7.3.1"]),
        ("8.3.3", .unchanged, ["7.3.2"]),
        ("8.3.4", .changed, ["7.3.4", "7.3.5", "7.3.6"]),
        ("8.3.5", .unchanged, ["7.3.3"]),
        ("8.3.6", .unchanged, ["7.3.7"]),
        ("8.4", .changed, ["4.1", "7.4.1"]),
        ("8.4.2", .changed, ["4.1", "7.4.1", "7.4.3"]),
        ("8.4.3", .unchanged, ["7.4.2", "7.4.3"]),
        ("8.5", .unchanged, ["7.5"]),
        ("8.5.1", .changed, ["7.5.1", "7.5.2"]),
        ("8.5.2", .unchanged, ["7.5.3"]),
        ("8.5.3", .changed, ["7.5.4"]),
        ("8.5.4", .unchanged, ["7.5.5"]),
        ("8.5.5", .new, ["7.5.1"]),
        ("8.5.6", .new, ["7.3.7"]),
        ("8.6", .unchanged, ["7.4.3", "8.2.4"]),
        ("8.7", .unchanged, ["8.3"]),
        ("9.1", .changed, ["8", "8.1", "8.2.3"]),
        ("9.1.2", .unchanged, ["8.2.1"]),
        ("9.1.3", .changed, ["8.4"]),
        ("9.2", .unchanged, ["8.2.2"]),
        ("9.3", .unchanged, ["5.6", "5.6.1"]),
        ("9.3.2", .changed, ["5.6.2"]),
        ("9.3.3", .unchanged, ["5.6.3"]),
        ("10.1", .new, ["8.5.1"]),
        ("10.2", .changed, ["8.3", "8.5.2"]),
        ("10.3", .changed, ["8.5.1", "8.5.3"]),
    ]

    /// Sub-clauses named inside the table rows ("5.2 Policy; 5.2.1 …", "(6.1.1, 6.1.2)").
    static let namedSubClauses = [
        "4.4.1", "4.4.2", "5.2.1", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "7.1.1", "7.1.5.1",
        "7.1.5.2", "7.5.1", "7.5.3.1", "7.5.3.2", "8.2.3.1", "8.2.3.2", "8.3.1", "8.4.1",
        "8.7.1", "8.7.2", "9.1.1", "9.2.1", "9.2.2", "9.3.1", "10.2.1", "10.2.2",
    ]

    /// Every 2008 clause id in the table's last column.
    static var iso2008IDs: Set<String> { Set(rows.flatMap(\.iso2008)) }

    /// "2008 clauses with no direct 2015 counterpart" under the table.
    static let removed = ["4.2.2", "5.5.2", "8.5.3"]
}

/// plan-format.md, "Migration steps": ids in order and the required column.
let planFormatSteps: [(id: String, required: Bool)] = [
    ("steering-committee", true), ("training", true), ("gap-analysis", true),
    ("documentation", true), ("apply", true), ("internal-audit", true),
    ("corrective-action", false), ("management-review", true), ("announcement", true),
    ("notification", true), ("report", false),
]
