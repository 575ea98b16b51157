/// `citegraph export`: the graph for other tools — JSON in networkx's node-link shape,
/// GraphML (networkx, Cytoscape, yEd), GEXF 1.3 with a timeline (Gephi) or a CSV edge list.
/// Every format writes the same attributes, from the tables in `ExportAttributes`.
public enum ExportFormatter {
    /// `graph` in `format`; with `statistics`, every node carries its centralities too; with
    /// `evidence`, every edge carries its first mention's words.
    public static func format(_ graph: CitationGraph, as format: ExportFormat, statistics: GraphStatistics? = nil,
                              evidence: CitationEvidence = CitationEvidence()) -> String {
        let rows = statistics?.rowsByID ?? [:]
        var attributes = ExportAttributes.nodes
        if statistics != nil { attributes += ExportAttributes.measures }
        let extra = Set(graph.nodes.flatMap(\.metadata.extra.keys)).sorted()
        attributes += extra.map(ExportAttributes.extra)
        let export = Export(graph: graph, rows: rows, nodeAttributes: attributes, evidence: evidence)
        switch format {
        case .json: return export.json()
        case .graphml: return export.graphml()
        case .gexf: return export.gexf()
        case .csv: return export.csv()
        }
    }

    /// The attribute names the exports write themselves: a user catalogue may not take them.
    public static let reservedNames: Set<String> = Set(
        ["id", "label", "source", "target"] + (ExportAttributes.nodes + ExportAttributes.measures).map(\.name)
            + ExportAttributes.edges.map(\.name))
}

/// One export being written.
private struct Export {
    let graph: CitationGraph
    let rows: [String: NodeStatistics]
    let nodeAttributes: [ExportAttributes.Node]
    let evidence: CitationEvidence

    func node(_ v: Int) -> NodeAttributeInput {
        NodeAttributeInput(graph: graph, index: v, row: rows[graph.nodes[v].id])
    }

    func edge(_ edge: (source: Int, target: Int, weight: Int, relations: RelationSet)) -> EdgeAttributeInput {
        let first = evidence.first(from: graph.nodes[edge.source].id, to: graph.nodes[edge.target].id)
        return EdgeAttributeInput(weight: edge.weight, relations: edge.relations, first: first?.mention, file: first?.file)
    }

    // MARK: JSON

    /// networkx's node-link data: `nx.node_link_graph(json.load(f))` reads it as a DiGraph
    /// (its default key for the edge list is `edges`, as written here).
    func json() -> String {
        var out = "{\"directed\": true, \"multigraph\": false, \"graph\": {\"name\": \"citegraph\"},\n \"nodes\": [\n"
        for v in 0..<graph.nodeCount {
            let input = node(v)
            let object = JSON.object([("id", .string(graph.nodes[v].id))] + nodeAttributes.map { ($0.name, $0.value(input)) })
            out += "  " + object.compact + (v + 1 < graph.nodeCount ? ",\n" : "\n")
        }
        out += " ],\n \"edges\": [\n"
        let edges = graph.edges
        for (i, e) in edges.enumerated() {
            let input = edge(e)
            let object = JSON.object([("source", .string(graph.nodes[e.source].id)), ("target", .string(graph.nodes[e.target].id))]
                + ExportAttributes.edges.map { ($0.name, $0.value(input)) })
            out += "  " + object.compact + (i + 1 < edges.count ? ",\n" : "\n")
        }
        return out + " ]}\n"
    }

    // MARK: GraphML

    func graphml() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for attribute in nodeAttributes {
            out += "  <key id=\"\(XML.escape(attribute.name))\" for=\"node\" attr.name=\"\(XML.escape(attribute.name))\" attr.type=\"\(attribute.kind.graphml)\"/>\n"
        }
        for attribute in ExportAttributes.edges {
            out += "  <key id=\"\(attribute.name)\" for=\"edge\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.kind.graphml)\"/>\n"
        }
        out += "  <graph id=\"citegraph\" edgedefault=\"directed\">\n"
        for v in 0..<graph.nodeCount {
            let input = node(v)
            out += "    <node id=\"\(XML.escape(NodeName.xml(graph.nodes[v].id)))\">"
            for attribute in nodeAttributes {
                if let text = attribute.text(input) { out += "<data key=\"\(XML.escape(attribute.name))\">\(XML.escape(text))</data>" }
            }
            out += "</node>\n"
        }
        for e in graph.edges {
            let input = edge(e)
            out += "    <edge source=\"\(XML.escape(NodeName.xml(graph.nodes[e.source].id)))\" target=\"\(XML.escape(NodeName.xml(graph.nodes[e.target].id)))\">"
            for attribute in ExportAttributes.edges {
                if let text = attribute.text(input) { out += "<data key=\"\(attribute.name)\">\(XML.escape(text))</data>" }
            }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    // MARK: GEXF

    /// GEXF 1.3, dynamic: each node starts at its date (a year or month taken from its first
    /// day), each edge at its citing document's, so Gephi's timeline shows the graph growing.
    func gexf() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>citegraph</creator></meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <attributes class="node" mode="static">

            """
        for attribute in nodeAttributes {
            let name = XML.escape(attribute.name)
            out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(attribute.kind.gexf)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        // GEXF gives every edge its own weight: the table's weight row is written there.
        for attribute in ExportAttributes.edges where attribute.name != "weight" {
            out += "      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.kind.gexf)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        let starts = graph.nodes.map { node in (node.metadata.date ?? node.metadata.year.flatMap { PartialDate(year: $0) }).map(Self.start) }
        for v in 0..<graph.nodeCount {
            let input = node(v)
            let id = XML.escape(NodeName.xml(graph.nodes[v].id))
            out += "      <node id=\"\(id)\" label=\"\(id)\""
            if let start = starts[v] { out += " start=\"\(start)\"" }
            out += "><attvalues>"
            for attribute in nodeAttributes {
                if let text = attribute.text(input) { out += "<attvalue for=\"\(XML.escape(attribute.name))\" value=\"\(XML.escape(text))\"/>" }
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in graph.edges.enumerated() {
            let input = edge(e)
            out += "      <edge id=\"\(i)\" source=\"\(XML.escape(NodeName.xml(graph.nodes[e.source].id)))\" "
            out += "target=\"\(XML.escape(NodeName.xml(graph.nodes[e.target].id)))\" weight=\"\(e.weight)\""
            if let start = starts[e.source] { out += " start=\"\(start)\"" }
            out += "><attvalues>"
            for attribute in ExportAttributes.edges where attribute.name != "weight" {
                if let text = attribute.text(input) { out += "<attvalue for=\"\(attribute.name)\" value=\"\(XML.escape(text))\"/>" }
            }
            out += "</attvalues></edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// A GEXF `date` (xs:date): a year or month stands for its first day.
    private static func start(_ date: PartialDate) -> String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)?.description ?? String(date.year)
    }

    // MARK: CSV

    /// One row per edge: the edge's attributes, then the source's and the target's.
    func csv() -> String {
        var header = ["source", "target"] + ExportAttributes.edges.map(\.name)
        header += nodeAttributes.map { "source_" + $0.name } + nodeAttributes.map { "target_" + $0.name }
        var out = CSV.row(header)
        for e in graph.edges {
            let input = edge(e), source = node(e.source), target = node(e.target)
            var cells = [graph.nodes[e.source].id, graph.nodes[e.target].id]
            cells += ExportAttributes.edges.map { $0.text(input) ?? "" }
            cells += nodeAttributes.map { $0.text(source) ?? "" } + nodeAttributes.map { $0.text(target) ?? "" }
            out += CSV.row(cells)
        }
        return out
    }
}
