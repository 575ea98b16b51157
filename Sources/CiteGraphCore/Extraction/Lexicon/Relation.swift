/// The act a document performs on what it cites, taken from the governing verb: it recalls
/// a resolution, acts pursuant to one, takes note of a report …
public enum Relation: String, CaseIterable, Sendable {
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
    /// How an adopted resolution came to be ("[on the report of the First Committee
    /// (A/80/534)]"): kept as a mention, left out of the graph unless asked for.
    case procedural

    /// For people: "takes note", "pursuant to".
    public var label: String { rawValue.split(separator: "_").joined(separator: " ") }
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
        match(in: s, before: index).relation
    }

    /// The governing verb's relation and where the verb stands (nil: no verb, a plain citation).
    static func match(in s: [UInt8], before index: Int) -> (relation: Relation, cue: Range<Int>?) {
        guard let found = verbs.lastMatch(in: s, paragraphStart(in: s, before: index)..<index) else { return (.cites, nil) }
        return (found.value, found.range)
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

    private static let fullStop = ChineseWords.fullStop
    private static let fullSemicolon = ChineseWords.fullSemicolon
    private static let fullComma = ChineseWords.fullComma

    /// English verbs are matched as lower-case word beginnings ("recall" finds Recalling,
    /// recalls, recalled).
    private static let verbs = PatternSet<Relation>([
        ("回顾", .recalls), ("recall", .recalls), ("rappel", .recalls), ("recordando", .recalls),
        ("重申", .reaffirms), ("reaffirm", .reaffirms), ("réaffirm", .reaffirms), ("reafirmando", .reaffirms),
        ("欢迎", .welcomes), ("welcom", .welcomes), ("se félicit", .welcomes), ("acogiendo", .welcomes),
        ("注意到", .takesNote), ("takes note", .takesNote), ("taking note", .takesNote), ("take note", .takesNote),
        ("noting", .takesNote), ("notes with", .takesNote), ("prend note", .takesNote), ("prenant note", .takesNote),
        ("tomando nota", .takesNote), ("toma nota", .takesNote),
        ("根据", .pursuantTo), ("按照", .pursuantTo), ("依照", .pursuantTo), ("依据", .pursuantTo), ("遵照", .pursuantTo),
        ("pursuant to", .pursuantTo), ("in accordance with", .pursuantTo), ("in line with", .pursuantTo),
        ("acting under", .pursuantTo), ("conformément", .pursuantTo), ("de conformidad con", .pursuantTo),
        ("请", .requests), ("request", .requests), ("prie", .requests),
        ("solicita", .requests), ("pide", .requests),
        ("决定", .decides), ("decide", .decides), ("décide", .decides),
        ("审议了", .considers), ("考虑到", .considers), ("having considered", .considers), ("considering", .considers),
        ("确认", .recognizes), ("认识到", .recognizes), ("recogniz", .recognizes), ("recognis", .recognizes),
        ("acknowledg", .recognizes), ("reconna", .recognizes), ("reconociendo", .recognizes),
        ("赞扬", .commends), ("赞赏", .commends), ("commend", .commends),
        ("核可", .endorses), ("赞同", .endorses), ("endors", .endorses), ("approv", .endorses),
        ("提及", .refersTo), ("提到", .refersTo), ("refer", .refersTo), ("with reference to", .refersTo),
        ("遵循", .guidedBy), ("guided by", .guidedBy),
        ("铭记", .bearsInMind), ("bearing in mind", .bearsInMind), ("bears in mind", .bearsInMind),
        ("强调", .stresses), ("着重指出", .stresses), ("stress", .stresses), ("emphasiz", .stresses),
        ("emphasis", .stresses), ("underlin", .stresses), ("underscor", .stresses), ("soulign", .stresses),
        ("谴责", .condemns), ("condemn", .condemns), ("condamn", .condemns),
        ("执行", .implements), ("落实", .implements), ("implement", .implements), ("mise en œuvre", .implements),
    ], notAfter: ["请": ["邀", "申", "提", "敦", "吁", "促"], "决定": ["号", "的"]])
}
