// swift-tools-version:5.4
// 5.4, not 6: from 5.5 on SwiftPM renames an executable's `main` (for testing) and links
// `main` to that name, which breaks libFuzzer's own `main`.
import Foundation
import PackageDescription

// libFuzzer targets, kept out of the main package so that its build is untouched. Build and
// run them with scripts/fuzz, which passes `-sanitize=fuzzer,address` to every module,
// citegraph's own included, so that coverage guides the fuzzer through the library's code.
//
// Every folder under Targets/ is one target: one file defining `LLVMFuzzerTestOneInput` and
// naming, in comments, its seed folders and dictionary (see Targets/FuzzExtractor). Adding a
// reader's target is adding one such folder; nothing else needs to change.
let targetFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Targets")
let fuzzTargets = ((try? FileManager.default.contentsOfDirectory(atPath: targetFolder.path)) ?? [])
    .filter { !$0.hasPrefix(".") }
    .sorted()

let package = Package(
    name: "citegraph-fuzz",
    dependencies: [.package(name: "citegraph", path: "..")],
    targets: [
        // What every target checks its results with: a broken invariant stops the fuzzer.
        .target(name: "FuzzSupport", dependencies: [.product(name: "CiteGraphCore", package: "citegraph")]),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "CiteGraphCore", package: "citegraph")],
            path: "Targets/\(name)",
            // libFuzzer supplies `main`; the target's file only defines the entry point.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
