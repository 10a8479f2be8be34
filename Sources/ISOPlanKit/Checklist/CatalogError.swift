/// Why the migration catalog could not be loaded.
public enum CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The resource file was not found; `searched` lists where it was looked for.
    case resourceMissing(searched: [String])
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not a well-formed catalog: bad JSON, a missing or unknown key, a wrong type.
    case malformed(String)
    /// The file declares a format version this build does not understand.
    case unsupportedVersion(Int)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .resourceMissing(let searched):
            "migration catalog not found (looked in: \(searched.joined(separator: ", ")))"
        case .unreadable(let path, let reason):
            "cannot read migration catalog \(path): \(reason)"
        case .malformed(let message):
            "malformed migration catalog: \(message)"
        case .unsupportedVersion(let version):
            "unsupported migration catalog version \(version) (expected \(Catalog.supportedVersion))"
        }
    }
}
