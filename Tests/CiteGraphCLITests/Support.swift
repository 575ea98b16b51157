import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Run {
    /// `script` run by /bin/sh with `$CITEGRAPH` set to the built binary: for redirections the
    /// Process API cannot make, such as a closed standard error (`2>&-`).
    static func shell(_ script: String, in directory: URL? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory, environment: ["CITEGRAPH": binary.path])
    }
}
