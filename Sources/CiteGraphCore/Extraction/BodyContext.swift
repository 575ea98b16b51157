/// Which body a citation phrase names: the organ mentioned nearest before the phrase in
/// the same clause. "2011 年 3 月 24 日人权理事会通过的第 16/18 号决议" is a Human Rights
/// Council resolution; a bare "第 77/10 号决议" takes the document's own body.
enum BodyContext {
    /// The body named closest before `index` within its clause, if any.
    static func namedBody(in s: [UInt8], before index: Int) -> IssuingBody? {
        let windowStart = clauseStart(in: s, before: index)
        var best: (end: Int, body: IssuingBody)?
        for (name, body) in names {
            var i = windowStart
            while i + name.count <= index {
                if s.has(name, at: i) {
                    let end = i + name.count
                    if best.map({ end > $0.end }) ?? true { best = (end, body) }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return best?.body
    }

    /// How far back a body's name still governs a phrase: to the clause's start, at most
    /// `maximumLookback` bytes.
    private static func clauseStart(in s: [UInt8], before index: Int) -> Int {
        let limit = max(0, index - maximumLookback)
        var i = index - 1
        while i >= limit {
            let b = s[i]
            if b == 0x3B /* ; */ || b == 0x2C /* , */ || (b == 0x2E && i + 1 < s.count && s[i + 1] == 0x20) { return i + 1 }
            if b >= 0x80, i >= 2, clauseEnds.contains(where: { s.has($0, at: i - 2) }) { return i + 1 }
            i -= 1
        }
        // Do not start in the middle of a UTF-8 sequence.
        var start = limit
        while start < index, s[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    private static let maximumLookback = 240
    private static let clauseEnds = [Bytes.of("。"), Bytes.of("；"), Bytes.of("，")]

    /// Names in the order they are tried; where two end at the same place the longer,
    /// earlier one wins ("经济及社会理事会" before a shorter overlapping name).
    private static let names: [([UInt8], IssuingBody)] = [
        (Bytes.of("人权理事会"), .humanRightsCouncil),
        (Bytes.of("Human Rights Council"), .humanRightsCouncil),
        (Bytes.of("经济及社会理事会"), .economicAndSocialCouncil),
        (Bytes.of("经社理事会"), .economicAndSocialCouncil),
        (Bytes.of("Economic and Social Council"), .economicAndSocialCouncil),
        (Bytes.of("安全理事会"), .securityCouncil),
        (Bytes.of("安理会"), .securityCouncil),
        (Bytes.of("Security Council"), .securityCouncil),
        (Bytes.of("大会"), .generalAssembly),
        (Bytes.of("General Assembly"), .generalAssembly),
    ]
}
