extension Symbol {
    /// The session its symbol names: the General Assembly's ("75" for A/RES/75/33 and
    /// A/C.3/75/L.12, "29" for A/RES/3263(XXIX), "ES-10" for A/ES-10/509) or the Human Rights
    /// Council's ("HRC 44" for A/HRC/RES/44/11); nil when the symbol names none.
    public var session: String? {
        let parts = rawValue.split(separator: "/").map(String.init)
        guard parts.first == "A", parts.count > 1 else { return nil }
        if parts[1] == "HRC" {
            let offset = parts.count > 2 && (parts[2] == "RES" || parts[2] == "DEC") ? 3 : 2
            guard parts.count > offset, let session = Int(parts[offset]), session > 0 else { return nil }
            return "HRC \(session)"
        }
        if let special = parts.first(where: { $0.hasPrefix("ES-") || $0.hasPrefix("S-") }) {
            return String(special.prefix { $0 != "." })
        }
        for part in parts.dropFirst() {
            if part.allSatisfy({ $0.isASCII && $0.isNumber }), let session = Int(part), (1...200).contains(session) {
                return String(session)
            }
            if let open = part.firstIndex(of: "("), part.last == ")",
               let session = RomanNumerals.value(part[part.index(after: open)..<part.index(before: part.endIndex)]) {
                return String(session)
            }
        }
        return nil
    }
}
