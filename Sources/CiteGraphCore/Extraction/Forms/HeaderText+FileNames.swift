/// Symbols spelled by file names.
extension HeaderText {

    /// The symbol a file's name spells when the text states none: `A_RES_80_10` → A/RES/80/10,
    /// `S_RES_109(1955)` → S/RES/109(1955), `A_44_661-S_20911` → A/44/661 and S/20911.
    static func symbolSpelled(byFileName name: String) -> SymbolScanner.Match? {
        let bytes = Array(name.uppercased().utf8).map { $0 == 0x5F /* _ */ ? 0x2F : $0 }
        guard let first = bytes.first, Bytes.isUpper(first), let match = SymbolScanner.scan(bytes, at: 0),
              match.end == bytes.count
        else { return nil }
        return match
    }
}
