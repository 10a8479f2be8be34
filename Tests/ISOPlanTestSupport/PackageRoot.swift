import Foundation

/// The package root (where `Package.swift` and `plans/` are), found from this source file.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A path below the root, e.g. `plans/agencies/ha-noi.yaml`.
    static func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}
