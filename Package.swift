// swift-tools-version:6.0
import Foundation
import PackageDescription

// Targets depend one way only:
//   CiteGraphCLI ──▶ CiteGraphRender ──▶ CGraphviz (system libgvc/libcgraph)
//        │                 │
//        └────────▶ CiteGraphCore ──▶ SeedCorpus (the seed documents, embedded in code)
//                        │  └──────▶ CLibXML2 (system libxml2, HTML pages), CLibZ (system zlib, Word files)
//                        └ runs poppler's pdftohtml as a separate program (GPL: never linked)
// Only CiteGraphRender imports the C module; only the CLI imports ArgumentParser.
// AddressSanitizer and ThreadSanitizer replace malloc with their own, and jemalloc's would
// fight theirs (ASan stops at once with a "bad-free"): scripts/sanitize sets
// CITEGRAPH_SYSTEM_MALLOC=1 to build with the system's allocator instead.
let jemalloc: [LinkerSetting] = ProcessInfo.processInfo.environment["CITEGRAPH_SYSTEM_MALLOC"] == nil
    ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []

let package = Package(
    name: "citegraph",
    products: [
        .executable(name: "citegraph", targets: ["CiteGraphCLI"]),
        .library(name: "CiteGraphCore", targets: ["CiteGraphCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Only the tests use ZIPFoundation (MIT), to write Word files; citegraph reads them itself
        // (Documents/Readers/ZIPArchive.swift), since ZIPFoundation's reader loops for ever on
        // some damaged archives.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // libxml2's HTML parser (MIT), for web pages; only Documents/Readers/HTMLTree.swift imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib (zlib licence), for the deflate streams inside Word files; only
        // Documents/Readers/Inflate.swift imports it.
        .systemLibrary(
            name: "CLibZ",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Two glibc functions the Glibc module leaves out (pipe2, mkostemp); see its shim.h.
        .systemLibrary(name: "CLibC"),
        .target(
            name: "SeedCorpus",
            // `seeds` is a symlink to the top-level seeds/ folder, so the files users see
            // are the very bytes compiled into the binary.
            resources: [.embedInCode("seeds")]
        ),
        .target(
            name: "CiteGraphCore",
            dependencies: ["SeedCorpus", "CLibXML2", "CLibZ", "CLibC"]
        ),
        .target(
            name: "CiteGraphRender",
            dependencies: ["CGraphviz", "CiteGraphCore"]
        ),
        .executableTarget(
            name: "CiteGraphCLI",
            dependencies: [
                "CiteGraphCore",
                "CiteGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc replaces glibc's malloc for the whole process. Measured with scripts/bench:
            // Graphviz, laying out inside a process that has just read a 100k-document corpus,
            // took 1.3x its own command's time with glibc's allocator and 1.0x with jemalloc.
            linkerSettings: jemalloc
        ),
        .testTarget(
            name: "CiteGraphCoreTests",
            dependencies: ["CiteGraphCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "CiteGraphRenderTests",
            dependencies: ["CiteGraphRender", "CiteGraphCore"]
        ),
        .testTarget(
            name: "CiteGraphCLITests",
            dependencies: ["CiteGraphCLI", "CiteGraphCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
