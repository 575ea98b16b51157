import CiteGraphCore
import Foundation

extension CorpusOptions {
    /// The user catalogue named by --metadata, read and checked before any document is.
    func catalogue() throws -> MetadataCatalogue? {
        guard let metadata else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: metadata)))
        } catch {
            throw InputError(description: "\(metadata): cannot be read (\((error as NSError).localizedFailureReason ?? "no such file or no permission"))")
        }
        do {
            return try MetadataCatalogue(csv: bytes, file: metadata, reserved: ExportFormatter.reservedNames)
        } catch {
            throw InputError(description: error.description)
        }
    }

    /// The corpus's graph, with the catalogue's values; says on standard error how many
    /// cited dates disagree with the documents' own (the documents' are kept).
    func graph(of corpus: CorpusExtraction, catalogue: MetadataCatalogue?, relations: RelationFilter? = nil) -> CitationGraph {
        let graph = CitationGraph(corpus, relations: relations ?? RelationFilter(procedural: procedural))
        if !quiet {
            let conflicts = CorpusMetadata(corpus).dateConflicts
            if conflicts > 0 {
                let dates = conflicts == 1 ? "1 date a citing document gives disagrees" : "\(conflicts) dates citing documents give disagree"
                StandardError.write("citegraph: \(dates) with the date kept for the cited document (its own text's, or the first citing text's)\n")
            }
        }
        return catalogue.map { $0.apply(to: graph) } ?? graph
    }
}
