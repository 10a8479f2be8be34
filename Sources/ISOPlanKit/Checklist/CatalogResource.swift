import Foundation

/// Finds `catalog.json` among the package resources without ever trapping.
///
/// SwiftPM's generated `Bundle.module` calls `fatalError` on Linux when neither the
/// resource bundle next to the executable nor the one in the original build folder
/// exists (e.g. a binary copied elsewhere). A missing catalog must be an error the CLI
/// can report, so `Bundle.module` is only touched once its bundle is known to exist.
enum CatalogResource {
    static let bundleName = "isoplan_ISOPlanKit"
    static let fileName = "catalog"
    static let fileExtension = "json"

    /// The URL of the shipped catalog file, or the list of places searched.
    static func locate() -> Result<URL, CatalogError> {
        #if canImport(Darwin)
        if let url = Bundle.module.url(forResource: fileName, withExtension: fileExtension) {
            return .success(url)
        }
        return .failure(.resourceMissing(searched: ["Bundle.module"]))
        #else
        let nextToExecutable = Bundle.main.bundleURL
            .appendingPathComponent("\(bundleName).resources")
        if directoryExists(nextToExecutable),
           let url = Bundle.module.url(forResource: fileName, withExtension: fileExtension) {
            return .success(url)
        }
        let buildFolder = packageBuildBundle()
        let file = buildFolder.appendingPathComponent("\(fileName).\(fileExtension)")
        if FileManager.default.fileExists(atPath: file.path) { return .success(file) }
        return .failure(.resourceMissing(searched: [nextToExecutable.path, buildFolder.path]))
        #endif
    }

    /// The resource bundle in this package's default build folder (`.build/debug` or `.build/release`).
    private static func packageBuildBundle() -> URL {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }   // Sources/ISOPlanKit/Checklist/<file>
        #if DEBUG
        let configuration = "debug"
        #else
        let configuration = "release"
        #endif
        return root.appendingPathComponent(".build/\(configuration)/\(bundleName).resources")
    }

    private static func directoryExists(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
