/// Which body a citation phrase names: the organ mentioned nearest before the phrase in
/// the same clause. "2011 年 3 月 24 日人权理事会通过的第 16/18 号决议" is a Human Rights
/// Council resolution; a bare "第 77/10 号决议" takes the document's own body.
enum BodyContext {
    /// The body named closest before `index` within its clause, if any.
    static func namedBody(in s: [UInt8], before index: Int) -> IssuingBody? {
        names.lastMatch(in: s, clauseStart(in: s, before: index)..<index)?.value
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

    /// The bodies' names; where two end at the same place the longer one wins.
    private static let names = PatternSet<IssuingBody>([
        ("人权理事会", .humanRightsCouncil), ("Human Rights Council", .humanRightsCouncil),
        ("经济及社会理事会", .economicAndSocialCouncil), ("经社理事会", .economicAndSocialCouncil),
        ("Economic and Social Council", .economicAndSocialCouncil),
        ("安全理事会", .securityCouncil), ("安理会", .securityCouncil), ("Security Council", .securityCouncil),
        ("大会", .generalAssembly), ("General Assembly", .generalAssembly),
    ])
}
