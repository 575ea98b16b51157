/// A failure inside Graphviz, with Graphviz's own message where it gave one.
public enum GraphvizError: Error, Equatable, CustomStringConvertible {
    /// `gvContext` returned no context.
    case noContext
    /// The DOT text did not parse.
    case syntax(String)
    /// The layout engine is unknown or failed.
    case layout(engine: String, message: String)
    /// The output format is unknown or rendering failed.
    case render(format: String, message: String)

    public var description: String {
        switch self {
        case .noContext: "Graphviz could not create a context"
        case let .syntax(message): "Graphviz could not read the DOT text: \(message)"
        case let .layout(engine, message): "Graphviz layout '\(engine)' failed: \(message)"
        case let .render(format, message): "Graphviz could not render '\(format)': \(message)"
        }
    }
}
