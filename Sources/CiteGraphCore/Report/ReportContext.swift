/// What a report says about how it was made and what it holds beyond the graph: the tool's
/// version, the date, the command line and filters, the language to write in, the folders whose
/// file names it shows relative to, and what is known of each document beyond its symbol.
public struct ReportContext: Sendable {
    /// The citegraph version, for the header.
    public var version: String?
    /// The date the report was made (`2026-12-02`), for the header; the caller picks it, so
    /// that a fixed date (SOURCE_DATE_EPOCH) gives the same bytes.
    public var date: String?
    /// The command line that made the report, shell-quoted.
    public var commandLine: String?
    /// The filters in force, as the options that set them (`--top 40`, `--body SC`).
    public var filters: [String] = []
    /// The language of headings and sentences; nil: the corpus's language.
    public var language: ReportLanguage?
    /// The folders read: file names under one of them are shown relative to it.
    public var folders: [String] = []
    /// The picture's file name, relative to the report, when it is written beside it (Markdown).
    public var pictureFile: String?
    /// When the picture shows only part of the graph: how many documents it shows and how it
    /// chose them.
    public var pictureSubset: (shown: Int, measure: String)?
    /// The year of each document by id, where known (from its metadata, or its symbol).
    public var years: [String: Int] = [:]
    /// The title of each document by id, where known (from its metadata).
    public var titles: [String: String] = [:]

    public init() {}

    /// Gives each document of `graph` whose year is not known yet the year its symbol states
    /// (`S/RES/2593(2021)`, `S/PRST/2013/16`), where it states one.
    public mutating func addSymbolYears(of graph: CitationGraph) {
        for node in graph.nodes where years[node.id] == nil {
            if let year = node.year { years[node.id] = year }
        }
    }

    /// `file` relative to the longest of `folders` it lies in, else as given.
    func shown(_ file: String) -> String {
        let folder = folders
            .map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            .filter { file.hasPrefix($0) && file.count > $0.count }
            .max { $0.count < $1.count }
        guard let folder else { return file }
        return String(file.dropFirst(folder.count))
    }
}
