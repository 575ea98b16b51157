/// Writes the citation graph as Graphviz DOT, the input of the renderer.
///
/// The picture's encoding: colour says which body issued a document (Okabe and Ito's
/// colour-blind-safe palette), shape says what kind of document it is, size says how central
/// it is, corpus documents are filled and documents that are only cited are outlined. A legend
/// sits in the graph's label, under the drawing, so it never covers a node.
public enum DOTWriter {
    public struct Options: Sendable {
        /// Graphviz's layout direction: TB, LR, BT or RL.
        public var rankdir: String = "LR"
        /// The layout engine, recorded in the DOT so that Graphviz's own tools lay it out the same way.
        public var layout: String = "dot"
        /// Give each node a link to the document on undocs.org.
        public var links: Bool = true
        /// A font with CJK glyphs, so that Graphviz measures Chinese labels correctly.
        public var fontname: String = "Noto Sans CJK SC"
        /// Node sizes: a score per node id, scaled so the largest is drawn biggest.
        public var sizes: [String: Double] = [:]
        /// What the sizes measure, named in the legend.
        public var sizeMeasure: String = "PageRank"
        /// Draw the legend.
        public var legend: Bool = true
        /// Put the documents of one year on one rank, oldest at the top (dot layout).
        public var rankByYear: Bool = false
        /// Node colours by id, replacing the body's (`--color-by community`), and what they show.
        public var colors: [String: String] = [:]
        public var colorMeaning: String = ""
        /// Documents drawn with a double outline (the `--focus` document).
        public var highlighted: Set<String> = []
        /// A path drawn bold: its documents and its citations, as "source target" id pairs
        /// joined by a tab (the main path).
        public var pathNodes: Set<String> = []
        public var pathEdges: Set<String> = []

        public init() {}
    }

    public static func write(_ graph: CitationGraph, options: Options = Options()) -> String {
        var timesCited = [Int](repeating: 0, count: graph.nodeCount)
        for edge in graph.edges { timesCited[edge.target] += edge.weight }
        let largest = options.sizes.values.max() ?? 0
        let font = quoted(options.fontname)
        let rankdir = options.rankByYear ? "TB" : options.rankdir
        var out = "digraph citegraph {\n"
        // Curved edges routed around nodes suit dot; for the force-directed layouts the same
        // routing costs minutes on a few thousand edges, so they get straight lines.
        let splines = options.layout == "dot" ? "true" : "line"
        // Force-directed layouts: remove overlaps with a margin around each label.
        let spacing = options.layout == "dot" ? "" : "sep=\"+8\", "
        out += "  graph [layout=\(options.layout), rankdir=\(rankdir), overlap=false, \(spacing)splines=\(splines), fontname=\(font), "
        out += "fontsize=14, nodesep=0.25, ranksep=0.6, outputorder=edgesfirst, labelloc=b, labeljust=l"
        if options.legend { out += ", label=<\(legend(graph, options: options))>" }
        out += "];\n"
        out += "  node [fontname=\(font), fontsize=10, penwidth=1.4, height=0.3, margin=\"0.08,0.04\"];\n"
        // Many edges: fainter lines, so labels stay readable through the web of citations.
        let edgeColor = graph.edgeCount > 400 ? "#55555530" : graph.edgeCount > 100 ? "#55555570" : "#55555599"
        out += "  edge [color=\"\(edgeColor)\", arrowsize=0.6];\n"
        for (v, node) in graph.nodes.enumerated() {
            out += "  \(name(node.id)) [\(nodeAttributes(node, cited: timesCited[v], options: options, largest: largest))];\n"
        }
        for edge in graph.edges {
            let width = min(1 + 0.5 * Double(edge.weight - 1), 4)
            var attributes = ["penwidth=\(JSON.number(width))"]
            var tooltip = edge.weight == 1 ? "cited once" : "cited \(edge.weight) times"
            let relations = edge.relations.relations.map(\.label).joined(separator: ", ")
            if !relations.isEmpty { tooltip += " (\(relations))" }
            attributes.append("tooltip=\(tooltipText(tooltip))")
            if options.pathEdges.contains(graph.nodes[edge.source].id + "\t" + graph.nodes[edge.target].id) {
                attributes[0] = "penwidth=4"
                attributes.append("color=\"#000000\"")
            }
            let source = name(graph.nodes[edge.source].id), target = name(graph.nodes[edge.target].id)
            if options.rankByYear {
                // Laid out from the older document down to the newer, the arrow still at the cited one.
                out += "  \(target) -> \(source) [\(attributes.joined(separator: ", ")), dir=back];\n"
            } else {
                out += "  \(source) -> \(target) [\(attributes.joined(separator: ", "))];\n"
            }
        }
        if options.rankByYear { out += yearRanks(graph) }
        return out + "}\n"
    }

    private static func nodeAttributes(_ node: GraphNode, cited: Int, options: Options, largest: Double) -> String {
        let color = options.colors[node.id] ?? bodyColor(node.body)
        var attributes = [
            "shape=\(shape(node.type))",
            "color=\(quoted(color))",
            "tooltip=\(tooltipText(tooltip(node, cited: cited)))",
        ]
        // The label is the node's name unless the name had to be escaped.
        if NodeName.dot(node.id) != node.id { attributes.insert("label=\(labelText(node.id))", at: 0) }
        if largest > 0, let score = options.sizes[node.id] {
            // Area grows with the score: font size (and so the box) with its square root.
            let size = 8 + 14 * (max(score, 0) / largest).squareRoot()
            attributes.append("fontsize=\(JSON.number((size * 10).rounded() / 10))")
        }
        var styles: [String] = []
        if node.type == .decision { styles.append("rounded") }
        if node.inCorpus {
            styles.append("filled")
            attributes.append("fillcolor=\(quoted(color))")
            attributes.append("fontcolor=\"#ffffff\"")
        }
        if !styles.isEmpty { attributes.append("style=\(quoted(styles.joined(separator: ",")))") }
        if options.highlighted.contains(node.id) { attributes.append("peripheries=2, penwidth=3") }
        else if options.pathNodes.contains(node.id) { attributes.append("penwidth=4") }
        if options.links, Symbol(node.id) != nil {
            attributes.append("URL=\(quoted("https://undocs.org/" + node.id))")
            attributes.append("target=\"_blank\"")
        }
        return attributes.joined(separator: ", ")
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

    static func bodyName(_ body: IssuingBody) -> String {
        switch body {
        case .generalAssembly: "General Assembly"
        case .securityCouncil: "Security Council"
        case .humanRightsCouncil: "Human Rights Council"
        case .economicAndSocialCouncil: "Economic and Social Council"
        case .secretariat: "Secretariat"
        case .other: "other"
        }
    }

    /// The legend as a Graphviz HTML-like table: the bodies and kinds present, and how to read
    /// fill and size.
    private static func legend(_ graph: CitationGraph, options: Options) -> String {
        let bodies = IssuingBody.allCases.filter { body in graph.nodes.contains { $0.body == body } }
        let types = DocumentType.allCases.filter { type in graph.nodes.contains { $0.type == type } }
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>citegraph</B>: \(graph.nodeCount) documents, \(graph.edgeCount) citations</TD></TR>"]
        if !options.colors.isEmpty {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">colour: \(XML.escape(options.colorMeaning))</TD></TR>")
        }
        for body in bodies where options.colors.isEmpty {
            rows.append("<TR><TD BGCOLOR=\"\(bodyColor(body))\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">\(body.rawValue): \(bodyName(body))</TD></TR>")
        }
        let shapes = types.map { "\(shape($0)): \($0.label)" }
        rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">shape — \(XML.escape(shapes.joined(separator: ", ")))</TD></TR>")
        rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">filled: in the corpus; outlined: cited only</TD></TR>")
        if !options.sizes.isEmpty {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">size: \(XML.escape(options.sizeMeasure)); arrow: cites</TD></TR>")
        } else {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">arrow: cites</TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    /// One rank per year, a timeline of year labels down the left, oldest first. The year
    /// nodes' names start with `NodeName.internalPrefix`, which no document's name can.
    private static func yearRanks(_ graph: CitationGraph) -> String {
        var byYear: [Int: [String]] = [:]
        for node in graph.nodes {
            if let year = Symbol(node.id)?.year { byYear[year, default: []].append(node.id) }
        }
        let years = byYear.keys.sorted()
        guard !years.isEmpty else { return "" }
        func yearNode(_ year: Int) -> String { quoted(NodeName.internalPrefix + String(year)) }
        var out = "  node [shape=plaintext, fontsize=12, fontcolor=\"#888888\", style=\"\", URL=\"\", tooltip=\"\"];\n"
        // Invisible edges keep the years in order (with one year there is no edge: the
        // statement would hide the year's own label).
        if years.count > 1 { out += "  " + years.map(yearNode).joined(separator: " -> ") + " [style=invis];\n" }
        for year in years {
            out += "  \(yearNode(year)) [label=\"\(year)\"];\n"
            out += "  { rank=same; \(yearNode(year)); \(byYear[year, default: []].map(name).joined(separator: "; ")); }\n"
        }
        return out
    }

    private static func tooltip(_ node: GraphNode, cited: Int) -> String {
        var text = "\(node.id) — \(node.type.label), \(bodyName(node.body))"
        if !node.aliases.isEmpty { text += " (also \(node.aliases.joined(separator: ", ")))" }
        switch cited {
        case 0: text += ", not cited"
        case 1: text += ", cited once"
        default: text += ", cited \(cited) times"
        }
        if node.inCorpus { text += ", in the corpus" }
        return text
    }

    /// A node's name in DOT: its id, escaped where DOT or the SVG could not carry it as it is.
    static func name(_ id: String) -> String { quoted(NodeName.dot(id)) }

    /// Text Graphviz shows as written: it reads `\N`, `\G`, `\n`… in labels as its own escapes
    /// (a backslash is doubled by `quoted`) and decodes HTML entities such as `&#x3c;` (so `&`
    /// is written `&amp;`); control characters are shown escaped.
    static func labelText(_ s: String) -> String {
        quoted(VisibleText.escape(s).replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// As `labelText`, for tooltips, which Graphviz runs through its escapes twice: a backslash
    /// is doubled once more.
    static func tooltipText(_ s: String) -> String {
        quoted(VisibleText.escape(s).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\\", with: "\\\\"))
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
