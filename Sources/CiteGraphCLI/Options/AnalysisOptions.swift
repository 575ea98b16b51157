import ArgumentParser
import CiteGraphCore

/// The analyses `stats` gives instead of the ranking table.
struct AnalysisOptions: ParsableArguments {
    @Option(help: ArgumentHelp("List the pairs of documents cited together (cocitation) or citing the same documents (coupling); --top N pairs (default \(AnalysisOptions.defaultPairs)).",
                               valueName: "kind"))
    var pairs: PairKind?

    @Flag(help: "The main path: the chain of citations with the highest search path counts (Hummon and Doreian).")
    var mainPath = false

    @Flag(help: "Citations per citing year and body, citation ages, and relations by body.")
    var byYear = false

    static let defaultPairs = 20

    func validate() throws {
        if [pairs != nil, mainPath, byYear].filter({ $0 }).count > 1 {
            throw ValidationError("--pairs, --main-path and --by-year: give one at a time")
        }
    }
}

extension PairKind: ExpressibleByArgument {}
