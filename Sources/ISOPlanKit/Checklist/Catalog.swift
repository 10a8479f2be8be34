import Foundation

/// The migration catalog shipped with the engine: steps, ISO 9001:2015 clauses and their
/// 2008 counterparts, and the documented information the 2015 edition requires.
///
/// The data lives in `Resources/catalog.json` (described in docs/catalog.md); this type
/// only reads it. Use `Catalog.bundled` or `try Catalog.shared` for the shipped file.
public struct Catalog: Sendable {
    /// The file format version this build reads.
    public static let supportedVersion = 1

    /// Format version of the file.
    public let version: Int
    /// Where the data comes from and how far it can be trusted.
    public let source: String
    /// The standard agencies migrate to, e.g. `TCVN ISO 9001:2015`.
    public let targetStandard: String
    /// The standard agencies migrate from, e.g. `TCVN ISO 9001:2008`.
    public let baselineStandard: String
    /// Migration steps in their usual order.
    public let steps: [Step]
    /// ISO 9001:2015 clauses 4 to 10 and their sub-clauses, in document order.
    public let clauses: [Clause]
    /// The 2008 clauses the mapping refers to, with their titles.
    public let iso2008Clauses: [ISO2008Clause]
    /// 2008 clauses with no direct 2015 counterpart.
    public let iso2008Removed: [RemovedClause]
    /// Documented information required by ISO 9001:2015.
    public let documentedInformation: [DocumentedInformation]
}

extension Catalog {
    /// The catalog shipped with the package, loaded once; a failure is kept, never a crash.
    public static let bundled: Result<Catalog, CatalogError> = Result { () throws(CatalogError) in
        try load()
    }

    /// The shipped catalog; throws the load error when the resource is missing or malformed.
    public static var shared: Catalog {
        get throws(CatalogError) { try bundled.get() }
    }

    /// Reads and decodes the catalog resource shipped with the package.
    public static func load() throws(CatalogError) -> Catalog {
        try load(from: CatalogResource.locate().get())
    }

    /// Reads and decodes a catalog file.
    public static func load(from url: URL) throws(CatalogError) -> Catalog {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try decode(data)
    }

    /// Decodes catalog JSON; unknown keys and unsupported versions are errors.
    static func decode(_ data: Data) throws(CatalogError) -> Catalog {
        do {
            let version = try JSONDecoder().decode(VersionProbe.self, from: data).version
            guard version == supportedVersion else { throw CatalogError.unsupportedVersion(version) }
            return try JSONDecoder().decode(Catalog.self, from: data)
        } catch let error as CatalogError {
            throw error
        } catch let error as DecodingError {
            throw .malformed(error.catalogMessage)
        } catch {
            throw .malformed("\(error)")
        }
    }
}

extension Catalog: Decodable {
    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys([
            "version", "source", "target_standard", "baseline_standard", "steps", "clauses",
            "iso2008_clauses", "iso2008_removed", "documented_information",
        ])
        version = try c.value("version")
        source = try c.value("source")
        targetStandard = try c.value("target_standard")
        baselineStandard = try c.value("baseline_standard")
        steps = try c.value("steps")
        clauses = try c.value("clauses")
        iso2008Clauses = try c.value("iso2008_clauses")
        iso2008Removed = try c.value("iso2008_removed")
        documentedInformation = try c.value("documented_information")
    }
}

/// Just the `version` key, read before the rest so a future format reports its version.
private struct VersionProbe: Decodable {
    let version: Int
}
