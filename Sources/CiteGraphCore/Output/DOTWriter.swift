/// Writes the citation graph as Graphviz DOT, the input of the renderer. Colour says which
/// body issued a document (one colour-blind-safe palette, Okabe and Ito's), shape says what
/// kind of document it is, and corpus documents are filled while documents that are only
/// cited are outlined.
public enum DOTWriter {
    public struct Options: Sendable {
        /// Graphviz's layout direction: TB, LR, BT or RL.
        public var rankdir: String = "LR"
        /// Give each node a link to the document on undocs.org.
        public var links: Bool = true
        /// A font with CJK glyphs, so that Graphviz measures Chinese labels correctly.
        public var fontname: String = "Noto Sans CJK SC"
        /// The layout engine, recorded in the DOT so that Graphviz's own tools lay it out the same way.
        public var layout: String = "dot"

        public init() {}
    }

    public static func write(_ graph: CitationGraph, options: Options = Options()) -> String {
        var timesCited = [Int](repeating: 0, count: graph.nodeCount)
        for edge in graph.edges { timesCited[edge.target] += edge.weight }
        let font = quoted(options.fontname)
        var out = "digraph citegraph {\n"
        out += "  graph [layout=\(options.layout), rankdir=\(options.rankdir), overlap=false, fontname=\(font), nodesep=0.25, ranksep=0.6, outputorder=edgesfirst];\n"
        out += "  node [fontname=\(font), fontsize=10, penwidth=1.4, height=0.3, margin=\"0.08,0.04\"];\n"
        out += "  edge [color=\"#555555\", arrowsize=0.6];\n"
        for (v, node) in graph.nodes.enumerated() {
            let color = bodyColor(node.body)
            var attributes = [
                "shape=\(shape(node.type))",
                "color=\(quoted(color))",
                "tooltip=\(quoted(tooltip(node, cited: timesCited[v])))",
            ]
            var styles: [String] = []
            if node.type == .decision { styles.append("rounded") }
            if node.inCorpus {
                styles.append("filled")
                attributes.append("fillcolor=\(quoted(color))")
                attributes.append("fontcolor=\"#ffffff\"")
            }
            if !styles.isEmpty { attributes.append("style=\(quoted(styles.joined(separator: ",")))") }
            if options.links, Symbol(node.id) != nil {
                attributes.append("URL=\(quoted("https://undocs.org/" + node.id))")
                attributes.append("target=\"_blank\"")
            }
            out += "  \(quoted(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        for edge in graph.edges {
            let width = min(1 + 0.5 * Double(edge.weight - 1), 4)
            var attributes = ["penwidth=\(JSON.number(width))"]
            if edge.weight > 1 { attributes.append("tooltip=\(quoted("cited \(edge.weight) times"))") }
            out += "  \(quoted(graph.nodes[edge.source].id)) -> \(quoted(graph.nodes[edge.target].id)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    public static func bodyColor(_ body: IssuingBody) -> String {
        switch body {
        case .generalAssembly: "#0072B2"
        case .securityCouncil: "#D55E00"
        case .humanRightsCouncil: "#009E73"
        case .economicAndSocialCouncil: "#E69F00"
        case .secretariat: "#CC79A7"
        case .other: "#777777"
        }
    }

    public static func shape(_ type: DocumentType) -> String {
        switch type {
        case .resolution, .decision: "box"
        case .presidentialStatement: "octagon"
        case .meetingRecord: "cylinder"
        case .draft: "parallelogram"
        case .document: "note"
        }
    }

    private static func tooltip(_ node: GraphNode, cited: Int) -> String {
        var text = "\(node.id) — \(node.type.label), \(node.body.rawValue)"
        if !node.aliases.isEmpty { text += " (also \(node.aliases.joined(separator: ", ")))" }
        switch cited {
        case 0: text += ", not cited"
        case 1: text += ", cited once"
        default: text += ", cited \(cited) times"
        }
        if node.inCorpus { text += ", in the corpus" }
        return text
    }

    /// A DOT double-quoted string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
