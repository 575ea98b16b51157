import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Graphviz's layout engines.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, sfdp, neato, fdp, circo, twopi
}

/// Renders DOT text through Graphviz's C API (libcgraph + libgvc), in this process: no `dot`
/// command is run. This file is the only place that touches Graphviz pointers; each graph,
/// layout and rendering is released right where it is acquired, by `defer`, on every path.
///
/// Graphviz keeps global state (its error buffer, plugin loading, layout globals), so every
/// call into it holds one process-wide lock: renderers on different threads take turns.
public final class GraphvizRenderer {
    /// Serialises all use of Graphviz. An NSLock (a pthread mutex), not Synchronization's
    /// Mutex, whose futex ThreadSanitizer cannot see: it reported the context below, read and
    /// written only under the lock, as raced.
    private static let lock = NSLock()

    /// The one Graphviz context of the process, made on first use and never freed; read and
    /// written only with `lock` held. Never freed because Graphviz 2.43's pango plugin
    /// remembers a pointer to the last font name it measured, and that name belongs to the
    /// context: after a context is freed the next one's first measurement reads freed memory
    /// (AddressSanitizer caught it when a second renderer drew).
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    public init() throws(GraphvizError) {
        _ = try Self.locked { () throws(GraphvizError) in try Self.context() }
    }

    /// Lays out `dot` with `engine` and renders it as `format` (`svg`, `dot`, `png`, `pdf`, …),
    /// returning the bytes Graphviz produced. With `quiet`, what Graphviz's plugins print on
    /// standard error themselves, past its error buffer, is dropped: the cairo plugin writes
    /// "graph is too large for cairo-renderer bitmaps" there with `fprintf`.
    public func render(dot: String, engine: LayoutEngine, format: String, quiet: Bool = false) throws(GraphvizError) -> [UInt8] {
        try Self.locked { () throws(GraphvizError) in
            let context = try Self.context()
            guard quiet else { return try Self.renderLocked(dot: dot, engine: engine, format: format, context: context) }
            let silence = StandardErrorSilence()
            defer { silence.restore() }
            return try Self.renderLocked(dot: dot, engine: engine, format: format, context: context)
        }
    }

    /// `body`, with the Graphviz lock held.
    private static func locked<T>(_ body: () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The shared context, made if need be. Call with the lock held.
    private static func context() throws(GraphvizError) -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let made = gvContext() else { throw .noContext }
        sharedContext = made
        return made
    }

    private static func renderLocked(dot: String, engine: LayoutEngine, format: String,
                                     context: OpaquePointer) throws(GraphvizError) -> [UInt8] {
        cg_capture_errors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .syntax(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }

        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw .layout(engine: engine.rawValue, message: lastError() ?? "unknown layout engine or plugin not installed")
        }
        defer { gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &data, &length) == 0, let data else {
            throw .render(format: format, message: lastError() ?? "unknown format or plugin not installed")
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// Counts the nodes and edges of a DOT text as Graphviz reads it (to check what we write).
    public static func count(dot: String) throws(GraphvizError) -> (nodes: Int, edges: Int) {
        try locked { () throws(GraphvizError) in try countLocked(dot: dot) }
    }

    private static func countLocked(dot: String) throws(GraphvizError) -> (nodes: Int, edges: Int) {
        cg_capture_errors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .syntax(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }
        return (Int(agnnodes(graph)), Int(agnedges(graph)))
    }

    /// Graphviz's last buffered error message, trimmed to one line.
    private static func lastError() -> String? {
        guard let message = aglasterr() else { return nil }
        defer { free(message) }
        let text = String(cString: message).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return text.isEmpty ? nil : text
    }
}

/// Standard error pointed at /dev/null until `restore()`, for a call into Graphviz that prints
/// on it directly. Only used under --quiet, when the program itself writes nothing there.
private struct StandardErrorSilence {
    private let saved: Int32

    init() {
        fflush(nil)
        saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, STDERR_FILENO)
            close(null)
        }
    }

    func restore() {
        fflush(nil)
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
        close(saved)
    }
}
