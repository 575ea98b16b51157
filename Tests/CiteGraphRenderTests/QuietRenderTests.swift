import CiteGraphCore
import CiteGraphRender
import Foundation
import Testing

/// Graphviz's cairo plugin writes "graph is too large for cairo-renderer bitmaps" on standard
/// error itself (past its error buffer); `render(quiet: true)` keeps it off. Standard error is
/// pointed at a file around each call to see what reached it.
@Suite(.serialized) struct QuietRenderTests {
    /// A chain of 400 nodes left to right, with no `size`: about 57,600 px wide.
    static let dot = "digraph { rankdir=LR; " + (1..<400).map { "n\($0) -> n\($0 + 1);" }.joined(separator: " ") + " }"

    static func standardError(during body: () throws -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-stderr-\(UUID().uuidString)").path
        defer { unlink(path) }
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(STDERR_FILENO)
        dup2(file, STDERR_FILENO)
        close(file)
        defer {
            dup2(saved, STDERR_FILENO)
            close(saved)
        }
        try body()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theCairoWarningReachesStandardErrorUnlessQuiet() throws {
        let renderer = try GraphvizRenderer()
        let loud = try Self.standardError { _ = try renderer.render(dot: Self.dot, engine: .dot, format: "png") }
        #expect(loud.contains("graph is too large for cairo-renderer bitmaps"), "the case this test is about no longer arises")
        let quiet = try Self.standardError { _ = try renderer.render(dot: Self.dot, engine: .dot, format: "png", quiet: true) }
        // (Other tests running meanwhile may write their own lines there: only Graphviz's counts.)
        #expect(!quiet.contains("too large"), "\(quiet)")
    }
}
