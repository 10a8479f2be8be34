// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "isoplan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ISOPlanKit", targets: ["ISOPlanKit"]),
        .executable(name: "isoplan", targets: ["isoplan"]),
        .executable(name: "isoplan-corpus", targets: ["isoplan-corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "ISOPlanKit",
            dependencies: ["CLibYAML"],
            resources: [.copy("Resources/catalog.json")]
        ),
        .executableTarget(
            name: "isoplan",
            dependencies: [
                "ISOPlanKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "isoplan-corpus", dependencies: ["ISOPlanKit"]),
        .executableTarget(name: "isoplan-bench", dependencies: ["ISOPlanKit"]),
        // Helpers shared by both test targets: golden files, marked YAML, the sample plan, a plan
        // builder, the CLI runner (docs/architecture.md, "Tests").
        .target(name: "ISOPlanTestSupport", dependencies: ["ISOPlanKit"], path: "Tests/ISOPlanTestSupport"),
        .testTarget(name: "ISOPlanKitTests", dependencies: ["ISOPlanKit", "ISOPlanTestSupport"],
                    exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "ISOPlanCLITests", dependencies: ["ISOPlanKit", "ISOPlanTestSupport", "isoplan"],
                    exclude: ["Fixtures", "Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
