/// `citegraph export`: the graph for other tools — JSON, GraphML (networkx, Cytoscape,
/// yEd), GEXF (Gephi) or a CSV edge list.
public enum ExportFormatter {
    /// `graph` in `format`; with `statistics`, every node carries its centralities too.
    public static func format(_ graph: CitationGraph, as format: ExportFormat, statistics: GraphStatistics? = nil) -> String {
        let rows = statistics?.rowsByID ?? [:]
        switch format {
        case .json: return json(graph, rows)
        case .graphml: return graphml(graph, rows)
        case .gexf: return gexf(graph, rows)
        case .csv: return csv(graph)
        }
    }

    /// The centralities exported as node attributes, in this order.
    static let measures: [Measure] = [.cited, .pagerank, .hub, .authority, .betweenness, .closeness, .katz]

    private static func measureValue(_ measure: Measure, _ row: NodeStatistics) -> JSON {
        switch measure {
        case .cited: .int(row.timesCited)
        case .katz: row.katz.map(JSON.double) ?? .null
        default: .double(measure.value(row))
        }
    }

    private static func attributeName(_ measure: Measure) -> String {
        measure == .cited ? "times_cited" : measure.rawValue
    }

    private static func json(_ graph: CitationGraph, _ rows: [String: NodeStatistics]) -> String {
        var out = "{\"nodes\": [\n"
        for (i, node) in graph.nodes.enumerated() {
            var fields: [(String, JSON)] = [
                ("id", .string(node.id)), ("type", .string(node.type.rawValue)), ("body", .string(node.body.rawValue)),
                ("in_corpus", .bool(node.inCorpus)), ("aliases", .array(node.aliases.map(JSON.string))),
                ("files", .array(node.files.map(JSON.string))), ("languages", .array(node.languages.map { .string($0.rawValue) })),
                ("in_degree", .int(graph.inDegree(i))), ("out_degree", .int(graph.outDegree(i))),
            ]
            if let row = rows[node.id] {
                fields += measures.map { (attributeName($0), measureValue($0, row)) } + [("community", .int(row.community))]
            }
            let object = JSON.object(fields)
            out += "  " + object.compact + (i + 1 < graph.nodeCount ? ",\n" : "\n")
        }
        out += " ],\n \"edges\": [\n"
        let edges = graph.edges
        for (i, edge) in edges.enumerated() {
            let object = JSON.object([
                ("source", .string(graph.nodes[edge.source].id)), ("target", .string(graph.nodes[edge.target].id)),
                ("weight", .int(edge.weight)),
                ("relations", .array(edge.relations.relations.map { .string($0.rawValue) })),
            ])
            out += "  " + object.compact + (i + 1 < edges.count ? ",\n" : "\n")
        }
        return out + " ]}\n"
    }

    private static func graphml(_ graph: CitationGraph, _ rows: [String: NodeStatistics]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="body" for="node" attr.name="body" attr.type="string"/>
              <key id="in_corpus" for="node" attr.name="in_corpus" attr.type="boolean"/>
              <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>

            """
        if !rows.isEmpty {
            for measure in measures {
                let name = attributeName(measure)
                out += "  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(measure == .cited ? "int" : "double")\"/>\n"
            }
            out += "  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>\n"
        }
        out += """
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
              <key id="relations" for="edge" attr.name="relations" attr.type="string"/>
              <graph id="citegraph" edgedefault="directed">

            """
        for node in graph.nodes {
            out += "    <node id=\"\(XML.escape(NodeName.xml(node.id)))\">"
            out += "<data key=\"type\">\(node.type.rawValue)</data><data key=\"body\">\(node.body.rawValue)</data>"
            out += "<data key=\"in_corpus\">\(node.inCorpus)</data>"
            if !node.aliases.isEmpty { out += "<data key=\"aliases\">\(XML.escape(node.aliases.joined(separator: " ")))</data>" }
            if let row = rows[node.id] {
                for measure in measures {
                    let value = measureValue(measure, row)
                    if value != .null { out += "<data key=\"\(attributeName(measure))\">\(value.compact)</data>" }
                }
                out += "<data key=\"community\">\(row.community)</data>"
            }
            out += "</node>\n"
        }
        for edge in graph.edges {
            let source = XML.escape(NodeName.xml(graph.nodes[edge.source].id))
            let target = XML.escape(NodeName.xml(graph.nodes[edge.target].id))
            out += "    <edge source=\"\(source)\" target=\"\(target)\">"
            out += "<data key=\"weight\">\(edge.weight)</data>"
            out += "<data key=\"relations\">\(relationList(edge.relations, separator: " "))</data></edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func gexf(_ graph: CitationGraph, _ rows: [String: NodeStatistics]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>citegraph</creator></meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node">
                  <attribute id="type" title="type" type="string"/>
                  <attribute id="body" title="body" type="string"/>
                  <attribute id="in_corpus" title="in_corpus" type="boolean"/>

            """
        if !rows.isEmpty {
            for measure in measures {
                let name = attributeName(measure)
                out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(measure == .cited ? "integer" : "double")\"/>\n"
            }
            out += "      <attribute id=\"community\" title=\"community\" type=\"integer\"/>\n"
        }
        out += """
                </attributes>
                <attributes class="edge">
                  <attribute id="relations" title="relations" type="string"/>
                </attributes>
                <nodes>

            """
        for node in graph.nodes {
            let id = XML.escape(NodeName.xml(node.id))
            out += "      <node id=\"\(id)\" label=\"\(id)\"><attvalues>"
            out += "<attvalue for=\"type\" value=\"\(node.type.rawValue)\"/><attvalue for=\"body\" value=\"\(node.body.rawValue)\"/>"
            out += "<attvalue for=\"in_corpus\" value=\"\(node.inCorpus)\"/>"
            if let row = rows[node.id] {
                for measure in measures {
                    let value = measureValue(measure, row)
                    if value != .null { out += "<attvalue for=\"\(attributeName(measure))\" value=\"\(value.compact)\"/>" }
                }
                out += "<attvalue for=\"community\" value=\"\(row.community)\"/>"
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(XML.escape(NodeName.xml(graph.nodes[edge.source].id)))\" "
            out += "target=\"\(XML.escape(NodeName.xml(graph.nodes[edge.target].id)))\" weight=\"\(edge.weight)\">"
            out += "<attvalues><attvalue for=\"relations\" value=\"\(relationList(edge.relations, separator: " "))\"/></attvalues></edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    private static func csv(_ graph: CitationGraph) -> String {
        var out = CSV.row(["source", "target", "weight", "relations", "source_type", "target_type", "target_body", "target_in_corpus"])
        for edge in graph.edges {
            let s = graph.nodes[edge.source], t = graph.nodes[edge.target]
            out += CSV.row([s.id, t.id, String(edge.weight), relationList(edge.relations, separator: ";"), s.type.rawValue, t.type.rawValue, t.body.rawValue, String(t.inCorpus)])
        }
        return out
    }

    private static func relationList(_ relations: RelationSet, separator: String) -> String {
        relations.relations.map(\.rawValue).joined(separator: separator)
    }
}
