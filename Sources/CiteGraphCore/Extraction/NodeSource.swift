/// Where a corpus document's node id comes from.
public enum NodeSource: String, Sendable {
    /// A symbol the text states for itself (its masthead, its resolution number, running heads).
    case text
    /// The symbol its file's name spells (`A_RES_80_10.txt`): the text states none.
    case fileNameSymbol = "file_name_symbol"
    /// Its file's name: neither the text nor the name gives a symbol.
    case fileName = "file_name"
}
