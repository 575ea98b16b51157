/// The act a document performs on what it cites, taken from the governing verb: it recalls
/// a resolution, acts pursuant to one, takes note of a report …
public enum Relation: String, CaseIterable, Sendable, Comparable {
    case recalls, reaffirms, welcomes
    case takesNote = "takes_note"
    case pursuantTo = "pursuant_to"
    case requests, decides, considers, recognizes, commends, endorses
    case refersTo = "refers_to"
    case guidedBy = "guided_by"
    case bearsInMind = "bears_in_mind"
    case stresses, condemns, implements
    /// No governing verb found: a plain citation.
    case cites

    /// For people: "takes note", "pursuant to".
    public var label: String { rawValue.split(separator: "_").joined(separator: " ") }

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A set of relations, as one edge of the graph carries them.
public struct RelationSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public init(_ relation: Relation) {
        self.init(rawValue: 1 << UInt32(Relation.allCases.firstIndex(of: relation) ?? 0))
    }

    /// The relations in the set, in declaration order.
    public var relations: [Relation] {
        Relation.allCases.filter { contains(RelationSet($0)) }
    }
}

/// Finds the verb that governs a citation: the nearest one before it in its paragraph.
enum RelationContext {
    static func relation(in s: [UInt8], before index: Int) -> Relation {
        let start = paragraphStart(in: s, before: index)
        var best: (end: Int, relation: Relation)?
        for verb in verbs {
            var i = start
            while i + verb.bytes.count <= index {
                if verb.matches(s, at: i) {
                    let end = i + verb.bytes.count
                    if best.map({ end > $0.end }) ?? true { best = (end, verb.relation) }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return best?.relation ?? .cites
    }

    private static let maximumLookback = 400

    /// Back to the end of the previous sentence or paragraph (。 ； ; ". " or a comma that ends
    /// a line, as preambular paragraphs end), at most `maximumLookback` bytes.
    private static func paragraphStart(in s: [UInt8], before index: Int) -> Int {
        let limit = max(0, index - maximumLookback)
        var i = index - 1
        while i >= limit {
            let b = s[i]
            if b == 0x3B || (b == 0x2E && i + 1 < s.count && s[i + 1] == 0x20) { return i + 1 }
            if b == 0x0A {
                var j = i - 1
                while j >= limit, Bytes.isSpace(s[j]) { j -= 1 }
                if j >= 0, s[j] == 0x2C || (j >= 2 && s.has(fullComma, at: j - 2)) { return i + 1 }
            }
            if b >= 0x80, i >= 2, s.has(fullStop, at: i - 2) || s.has(fullSemicolon, at: i - 2) { return i + 1 }
            i -= 1
        }
        var start = limit
        while start < index, s[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    private static let fullStop = Bytes.of("。")
    private static let fullSemicolon = Bytes.of("；")
    private static let fullComma = Bytes.of("，")

    private struct Verb {
        let bytes: [UInt8]
        let relation: Relation
        /// Characters that, just before the verb, make it part of another word (邀请, 号决定).
        let notAfter: [[UInt8]]
        let isASCII: Bool

        init(_ text: String, _ relation: Relation, notAfter: [String] = []) {
            bytes = Array(text.utf8)
            self.relation = relation
            self.notAfter = notAfter.map { Array($0.utf8) }
            isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        }

        func matches(_ s: [UInt8], at i: Int) -> Bool {
            if isASCII {
                if i > 0, Bytes.isLetter(s[i - 1]) { return false }
                for k in 0..<bytes.count where s[i + k] | 0x20 != bytes[k] && s[i + k] != bytes[k] { return false }
            } else if !s.has(bytes, at: i) {
                return false
            }
            return !notAfter.contains { s.has($0, at: i - $0.count) }
        }
    }

    /// English verbs are matched as lower-case word beginnings ("recall" finds Recalling,
    /// recalls, recalled).
    private static let verbs: [Verb] = [
        Verb("回顾", .recalls), Verb("recall", .recalls), Verb("rappel", .recalls), Verb("recordando", .recalls),
        Verb("重申", .reaffirms), Verb("reaffirm", .reaffirms), Verb("réaffirm", .reaffirms), Verb("reafirmando", .reaffirms),
        Verb("欢迎", .welcomes), Verb("welcom", .welcomes), Verb("se félicit", .welcomes), Verb("acogiendo", .welcomes),
        Verb("注意到", .takesNote), Verb("takes note", .takesNote), Verb("taking note", .takesNote), Verb("take note", .takesNote),
        Verb("noting", .takesNote), Verb("notes with", .takesNote), Verb("prend note", .takesNote), Verb("prenant note", .takesNote),
        Verb("tomando nota", .takesNote), Verb("toma nota", .takesNote),
        Verb("根据", .pursuantTo), Verb("按照", .pursuantTo), Verb("依照", .pursuantTo), Verb("依据", .pursuantTo), Verb("遵照", .pursuantTo),
        Verb("pursuant to", .pursuantTo), Verb("in accordance with", .pursuantTo), Verb("in line with", .pursuantTo),
        Verb("acting under", .pursuantTo), Verb("conformément", .pursuantTo), Verb("de conformidad con", .pursuantTo),
        Verb("请", .requests, notAfter: ["邀", "申", "提", "敦", "吁", "促"]), Verb("request", .requests), Verb("prie", .requests),
        Verb("solicita", .requests), Verb("pide", .requests),
        Verb("决定", .decides, notAfter: ["号", "的"]), Verb("decide", .decides), Verb("décide", .decides),
        Verb("审议了", .considers), Verb("考虑到", .considers), Verb("having considered", .considers), Verb("considering", .considers),
        Verb("确认", .recognizes), Verb("认识到", .recognizes), Verb("recogniz", .recognizes), Verb("recognis", .recognizes),
        Verb("acknowledg", .recognizes), Verb("reconna", .recognizes), Verb("reconociendo", .recognizes),
        Verb("赞扬", .commends), Verb("赞赏", .commends), Verb("commend", .commends),
        Verb("核可", .endorses), Verb("赞同", .endorses), Verb("endors", .endorses), Verb("approv", .endorses),
        Verb("提及", .refersTo), Verb("提到", .refersTo), Verb("refer", .refersTo), Verb("with reference to", .refersTo),
        Verb("遵循", .guidedBy), Verb("以…为指导", .guidedBy), Verb("guided by", .guidedBy),
        Verb("铭记", .bearsInMind), Verb("bearing in mind", .bearsInMind), Verb("bears in mind", .bearsInMind),
        Verb("强调", .stresses), Verb("着重指出", .stresses), Verb("stress", .stresses), Verb("emphasiz", .stresses),
        Verb("emphasis", .stresses), Verb("underlin", .stresses), Verb("underscor", .stresses), Verb("soulign", .stresses),
        Verb("谴责", .condemns), Verb("condemn", .condemns), Verb("condamn", .condemns),
        Verb("执行", .implements), Verb("落实", .implements), Verb("implement", .implements), Verb("mise en œuvre", .implements),
    ]
}
