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
        /// The year of each document by id, for `rankByYear` (from its metadata); a document
        /// missing here takes the year its symbol states, else goes on the "year unknown" row.
        public var years: [String: Int] = [:]
        /// The language of the legend and the time axis.
        public var language: ReportLanguage = .en
        /// What a node's label shows.
        public var label: LabelStyle = .symbol
        /// The title of each document by id, where known (from its metadata), for `label`.
        public var titles: [String: String] = [:]
        /// On graphs of more than `labelAllUpTo` documents only the `labelLimit` largest (by
        /// `sizes`) are labelled; the others are small shapes whose label is their tooltip.
        /// Measured on the real corpora of ~100 documents (450-550 nodes): every node
        /// labelled, sfdp's drawing was 6,415 px wide, its labels 3.6 pt once fitted to 2,400 px.
        public var labelAllUpTo: Int = 150
        public var labelLimit: Int = 100
        /// Graphviz's `size`, in inches: a larger drawing is scaled down to fit (25 in is
        /// 2,400 px at Graphviz's 96 dpi), which also keeps bitmaps under cairo's limit.
        public var maxSize: Double? = 25
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

    /// What node labels show.
    public enum LabelStyle: String, CaseIterable, Sendable {
        /// The symbol (or file name).
        case symbol
        /// The title where known, else the symbol.
        case title
        /// The symbol and, under it, the title.
        case both
    }

    public static func write(_ graph: CitationGraph, options: Options = Options()) -> String {
        var timesCited = [Int](repeating: 0, count: graph.nodeCount)
        for edge in graph.edges { timesCited[edge.target] += edge.weight }
        let largest = options.sizes.values.max() ?? 0
        let labelled = labelledNodes(graph, options: options)
        let font = quoted(options.fontname)
        let rankdir = options.rankByYear ? "TB" : options.rankdir
        // Years as ranks: every year is a rank, so they sit closer than citation steps do.
        let ranksep = options.rankByYear ? "0.2" : "0.6"
        var out = "digraph citegraph {\n"
        // Curved edges routed around nodes suit dot; for the force-directed layouts the same
        // routing costs minutes on a few thousand edges, so they get straight lines.
        let splines = options.layout == "dot" ? "true" : "line"
        // Force-directed layouts: remove overlaps with a margin around each label.
        let spacing = options.layout == "dot" ? "" : "sep=\"+8\", "
        out += "  graph [layout=\(options.layout), rankdir=\(rankdir), overlap=false, \(spacing)splines=\(splines), fontname=\(font), "
        // nodesep 0.05: the seeds' fan of 48 leaves at 0.25 made a drawing 2,690 pt tall, its labels
        // 6.7 pt once fitted to 2,400 px; at 0.05 it fits at full size.
        out += "fontsize=16, nodesep=0.05, ranksep=\(ranksep), outputorder=edgesfirst, labelloc=b, labeljust=l"
        // Components packed together rather than in one row (dot lays them side by side
        // along its ranks: the Chinese real corpus was a strip of 2021 x 28241 px); the
        // force-directed layouts pack by default.
        // Not with years as ranks: packing lays out each component apart, and the timeline
        // is joined to the documents only by their ranks.
        if options.layout == "dot", !options.rankByYear { out += ", pack=true" }
        if let size = options.maxSize { out += ", size=\"\(JSON.number(size)),\(JSON.number(size))\"" }
        if options.legend { out += ", label=<\(legend(graph, options: options))>" }
        out += "];\n"
        out += "  node [fontname=\(font), fontsize=10, penwidth=1.4, height=0.3, margin=\"0.08,0.04\"];\n"
        // Many edges: fainter lines, so labels stay readable through the web of citations, but
        // never so faint that they vanish at print size.
        let edgeColor = graph.edgeCount > 400 ? "#55555566" : graph.edgeCount > 100 ? "#55555580" : "#55555599"
        out += "  edge [color=\"\(edgeColor)\", arrowsize=0.6];\n"
        let stagger = staggeredLeaves(graph)
        for (v, node) in graph.nodes.enumerated() {
            out += "  \(name(node.id)) [\(nodeAttributes(node, cited: timesCited[v], options: options, largest: largest, labelled: labelled?.contains(v) ?? true))];\n"
        }
        for edge in graph.edges {
            let width = min(1 + 0.5 * Double(edge.weight - 1), 4)
            var attributes = ["penwidth=\(JSON.number(width))"]
            if let length = stagger[edge.target] ?? stagger[edge.source], !options.rankByYear, options.layout == "dot" {
                attributes.append("minlen=\(length)")
            }
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
        if options.rankByYear { out += yearRanks(graph, options: options) }
        return out + "}\n"
    }

    private static func nodeAttributes(_ node: GraphNode, cited: Int, options: Options, largest: Double, labelled: Bool) -> String {
        let color = options.colors[node.id] ?? bodyColor(node.body)
        var attributes = [
            "shape=\(shape(node.type))",
            "color=\(quoted(color))",
            "tooltip=\(tooltipText(tooltip(node, cited: cited)))",
        ]
        if !labelled {
            // Unlabelled: a small shape of its kind and colour; the tooltip names it.
            attributes.insert("label=\"\"", at: 0)
            attributes += ["width=0.18", "height=0.12", "fixedsize=true"]
        } else if let lines = label(node, options: options) {
            // Each line escaped on its own, joined by DOT's line break.
            let text = lines.map { VisibleText.escape($0).replacingOccurrences(of: "&", with: "&amp;") }.joined(separator: "\n")
            attributes.insert("label=\(quoted(text))", at: 0)
        } else if NodeName.dot(node.id) != node.id {
            // The label is the node's name unless the name had to be escaped.
            attributes.insert("label=\(labelText(node.id))", at: 0)
        }
        if labelled, largest > 0, let score = options.sizes[node.id] {
            // Area grows with the score: font size (and so the box) with its square root. The
            // smallest is 10 pt, so that a document every measure gives 0 (the corpus's own,
            // under --size-by authority) is still read at print size.
            let size = 10 + 12 * (max(score, 0) / largest).squareRoot()
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
        let language = options.language
        let heading = LegendText.heading.text(language, ["documents": String(graph.nodeCount), "citations": String(graph.edgeCount)])
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>citegraph</B>: \(heading)</TD></TR>"]
        if !options.colors.isEmpty {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(XML.escape(LegendText.colour.text(language, ["meaning": options.colorMeaning])))</TD></TR>")
        }
        for body in bodies where options.colors.isEmpty {
            let name = language == .zh ? ReportStrings.bodyName(body, .zh) : bodyName(body)
            rows.append("<TR><TD BGCOLOR=\"\(bodyColor(body))\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">\(body.rawValue): \(name)</TD></TR>")
        }
        let shapes = types.map { "\(LegendText.shapeName(shape($0), language)): \(language == .zh ? ReportStrings.typeName($0, .zh) : $0.label)" }
        let separator = language == .zh ? "，" : ", "
        rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(XML.escape(LegendText.shapes.text(language, ["shapes": shapes.joined(separator: separator)])))</TD></TR>")
        rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(LegendText.fill.text(language))</TD></TR>")
        if !options.sizes.isEmpty {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(XML.escape(LegendText.size.text(language, ["measure": options.sizeMeasure])))</TD></TR>")
        } else {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(LegendText.arrow.text(language))</TD></TR>")
        }
        if let labelled = labelledNodes(graph, options: options) {
            rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(LegendText.unlabelled.text(language, ["count": String(labelled.count)]))</TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    /// One rank per year, a timeline of year labels down the left, oldest first: every year
    /// from the first to the last, empty ones too, so that the distance down the page is time;
    /// documents whose year is not known on a last row of their own, "year unknown". The year
    /// nodes' names start with `NodeName.internalPrefix`, which no document's name can.
    private static func yearRanks(_ graph: CitationGraph, options: Options) -> String {
        var byYear: [Int: [String]] = [:]
        var unknown: [String] = []
        for node in graph.nodes {
            if let year = options.years[node.id] ?? Symbol(node.id)?.year {
                byYear[year, default: []].append(node.id)
            } else {
                unknown.append(node.id)
            }
        }
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else { return "" }
        func yearNode(_ year: Int) -> String { quoted(NodeName.internalPrefix + String(year)) }
        let unknownNode = quoted(NodeName.internalPrefix + "unknown")
        var out = "  node [shape=plaintext, fontsize=12, fontcolor=\"#888888\", style=\"\", URL=\"\", tooltip=\"\"];\n"
        var axis = (first...last).map(yearNode)
        if !unknown.isEmpty { axis.append(unknownNode) }
        // Invisible edges keep the years in order (with one year there is no edge: the
        // statement would hide the year's own label).
        if axis.count > 1 { out += "  " + axis.joined(separator: " -> ") + " [style=invis];\n" }
        for year in first...last {
            // An empty year is a thin row with a tick, so that the axis stays linear without
            // the drawing growing by a full row for each year no document is from.
            out += byYear[year] == nil ? "  \(yearNode(year)) [label=\"·\", height=0.05, fontsize=6];\n"
                : "  \(yearNode(year)) [label=\"\(year)\"];\n"
            if let ids = byYear[year] { out += "  { rank=same; \(yearNode(year)); \(ids.map(name).joined(separator: "; ")); }\n" }
        }
        if !unknown.isEmpty {
            out += "  \(unknownNode) [label=\(quoted(LegendText.yearUnknown.text(options.language)))];\n"
            out += "  { rank=max; \(unknownNode); \(unknown.map(name).joined(separator: "; ")); }\n"
        }
        return out
    }

    /// The nodes to label, or nil for all: on a large graph the `labelLimit` largest by
    /// `sizes` (ties by id), so that the drawing is small enough to read at page size.
    static func labelledNodes(_ graph: CitationGraph, options: Options) -> Set<Int>? {
        guard graph.nodeCount > options.labelAllUpTo, !options.sizes.isEmpty else { return nil }
        let order = graph.nodes.indices.sorted { a, b in
            let x = options.sizes[graph.nodes[a].id] ?? 0, y = options.sizes[graph.nodes[b].id] ?? 0
            return x != y ? x > y : graph.nodes[a].id < graph.nodes[b].id
        }
        return Set(order.prefix(options.labelLimit))
    }

    /// The lines a labelled node shows under `options.label`, or nil for its name as it is.
    private static func label(_ node: GraphNode, options: Options) -> [String]? {
        guard options.label != .symbol, let title = options.titles[node.id].map(shortened) else { return nil }
        let lines = title.components(separatedBy: "\n")
        return options.label == .title ? lines : [node.id] + lines
    }

    /// A title wrapped at about 28 characters a line (14 for Chinese, whose characters are
    /// twice as wide), on three lines at most, the rest cut with an ellipsis.
    public static func shortened(_ title: String) -> String {
        let wide = title.unicodeScalars.contains { $0.value >= 0x3000 }
        let width = wide ? 14 : 28
        var lines: [String] = [], line = ""
        let words = wide ? title.map(String.init) : title.split(separator: " ").map(String.init)
        for word in words {
            let joined = line.isEmpty ? word : line + (wide ? "" : " ") + word
            if joined.count > width, !line.isEmpty {
                lines.append(line)
                line = word
            } else {
                line = joined
            }
        }
        if !line.isEmpty { lines.append(line) }
        if lines.count > 3 { lines = Array(lines.prefix(3)); lines[2] += "…" }
        return lines.joined(separator: "\n")
    }

    /// For dot: the leaves of a wide fan (documents cited once by a document that cites many)
    /// spread over up to four ranks by the length of their edge, so that fifty of them are a
    /// block rather than one tall column (what Graphviz's `unflatten -l` does).
    static func staggeredLeaves(_ graph: CitationGraph) -> [Int: Int] {
        var lengths: [Int: Int] = [:]
        for v in 0..<graph.nodeCount {
            let leaves = (graph.outOffsets[v]..<graph.outOffsets[v + 1]).map { graph.outTargets[$0] }.filter { t in
                graph.outDegree(t) == 0 && graph.inOffsets[t + 1] - graph.inOffsets[t] == 1
            }
            guard leaves.count > 8 else { continue }
            let ranks = min(4, (leaves.count + 7) / 8)
            for (k, leaf) in leaves.enumerated() { lengths[leaf] = 1 + k % ranks }
        }
        return lengths
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
        return text + NodeTooltip.metadataLines(node)
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
