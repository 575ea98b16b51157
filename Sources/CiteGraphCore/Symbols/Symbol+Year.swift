extension Symbol {
    /// The year the document was issued, as far as its symbol tells: a year written in it
    /// (S/2023/856, S/RES/2593(2021), E/RES/2023/1), else the session's year (the General
    /// Assembly's nth session opens in 1945 + n; the Human Rights Council holds three a year
    /// from 2006). `nil` when the symbol says nothing (S/PV.7813, A/RES/ES-10/23).
    public var year: Int? {
        let parts = rawValue.split(separator: "/").map(String.init)
        for part in parts {
            // A part that is a year (S/2023/856), not a number that starts like one (S/RES/2000(2011)).
            if part.count == 4, let year = Int(part), (1946...2100).contains(year) { return year }
            if let open = part.firstIndex(of: "("), part.last == ")" {
                let inner = part[part.index(after: open)..<part.index(before: part.endIndex)]
                if let year = Int(inner), (1946...2100).contains(year) { return year }
                if let session = RomanNumerals.value(inner) { return 1945 + session }
            }
        }
        let sessionIndex: Int
        if parts.first == "A", parts.count > 2, parts[1] == "HRC" {
            let offset = parts[2] == "RES" || parts[2] == "DEC" ? 3 : 2
            guard parts.count > offset, let session = Int(parts[offset]), session > 0 else { return nil }
            return 2006 + (session - 1) / 3
        } else if parts.first == "A", !parts.contains(where: { $0.hasPrefix("ES-") || $0.hasPrefix("S-") }) {
            // (Emergency and special sessions span years: their numbers say nothing.)
            // A/79/302, A/RES/77/10, A/C.3/79/L.12: the first all-digit part is the session.
            sessionIndex = parts.dropFirst().firstIndex { part in part.allSatisfy { $0.isASCII && $0.isNumber } } ?? -1
        } else {
            return nil
        }
        guard sessionIndex > 0, let session = Int(parts[sessionIndex]), (1...200).contains(session) else { return nil }
        return 1945 + session
    }
}
