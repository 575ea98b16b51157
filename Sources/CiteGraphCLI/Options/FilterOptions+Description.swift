import CiteGraphCore

extension FilterOptions {
    /// The filters in force, as the options that set them (`--top 40`, `--body SC`), for the
    /// report's header; empty when the whole graph is kept.
    var inForce: [String] {
        var options: [String] = []
        if let top { options.append("--top \(top)") }
        if top != nil || by != .pagerank { options.append("--by \(by.rawValue)") }
        if let focus { options += ["--focus \(focus)", "--depth \(depth)"] }
        if let minCited { options.append("--min-cited \(minCited)") }
        if let body { options.append("--body \(body)") }
        if let type { options.append("--type \(type)") }
        return options
    }
}
