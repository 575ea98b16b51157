/// Revisions, addenda and corrigenda that one mention cites together with its symbol:
///
///     S/1995/222 and Corr.1 and 2    ->  S/1995/222, S/1995/222/Corr.1, S/1995/222/Corr.2
///     A/62/7/Add.1-6                 ->  A/62/7/Add.1 … A/62/7/Add.6
///     A/78/10, Add.1 and Corr.1      ->  A/78/10, A/78/10/Add.1, A/78/10/Corr.1
///
/// Each is a document of its own (see SPEC.md), cited in the same way as the symbol.
enum SuffixExpansion {
    /// Adds to `match` the documents written after it, and moves its end past them.
    static func extend(_ match: inout SymbolScanner.Match, in s: [UInt8]) {
        let text = match.symbol.rawValue
        // A range in the last part: A/62/7/Add.1-6.
        if let (kind, first) = suffix(ofLast: text), let (last, end) = rangeEnd(s, at: match.end), last > first, last - first <= maximumRun {
            let base = String(text.dropLast(kind.count + 1 + String(first).count + 1))
            match.also += (first + 1...last).map { Symbol(assembled: "\(base)/\(kind).\($0)") }
            match.end = end
        }
        // "and Corr.1 and 2", ", Add.1", after the symbol.
        var i = match.end
        while let (kind, numbers, end) = suffixList(s, at: i) {
            match.also += numbers.map { Symbol(assembled: "\(text)/\(kind).\($0)") }
            match.end = end
            i = end
        }
    }

    private static let kinds = ["Corr", "Add", "Rev", "Amend"]
    /// The longest run a range may expand to: longer ones are not ranges of addenda.
    private static let maximumRun = 60

    /// "Add" and 1 for a symbol ending in "/Add.1".
    private static func suffix(ofLast text: String) -> (String, Int)? {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let part = text[text.index(after: slash)...]
        guard let dot = part.firstIndex(of: "."), kinds.contains(String(part[..<dot])),
              let number = Int(part[part.index(after: dot)...])
        else { return nil }
        return (String(part[..<dot]), number)
    }

    /// "-6" or "–6" right after a symbol: the range's last number, and where it ends.
    private static func rangeEnd(_ s: [UInt8], at index: Int) -> (Int, Int)? {
        var i = index
        if i < s.count, s[i] == 0x2D { i += 1 } else if s.has(Dashes.enDash, at: i) { i += 3 } else { return nil }
        let end = s.digitRunEnd(from: i)
        guard end > i, end - i <= 3, end >= s.count || !(Bytes.isAlphanumeric(s[end]) || s[end] == 0x2F) else { return nil }
        return Int(s.ascii(i..<end)).map { ($0, end) }
    }

    /// ` and Corr.1 and 2` / `, Add.1-3` at `index`: the suffix kind, its numbers and the end.
    private static func suffixList(_ s: [UInt8], at index: Int) -> (String, [Int], Int)? {
        guard var i = joiner(s, at: index) else { return nil }
        guard let kind = kinds.first(where: { s.has(Array(($0 + ".").utf8), at: i) }) else { return nil }
        i += kind.utf8.count + 1
        var numbers: [Int] = []
        while true {
            let end = s.digitRunEnd(from: i)
            guard end > i, end - i <= 3, let number = Int(s.ascii(i..<end)),
                  end >= s.count || !(Bytes.isLetter(s[end]) || s[end] == 0x2F)
            else { break }
            numbers.append(number)
            i = end
            if let (last, rangeEnd) = rangeEnd(s, at: i), last > number, last - number <= maximumRun {
                numbers += (number + 1...last)
                i = rangeEnd
            }
            // "and 2", ", 3": more numbers of the same kind, but not "and Add.1" (the next list).
            guard let next = joiner(s, at: i), next < s.count, Bytes.isDigit(s[next]) else { break }
            i = next
        }
        return numbers.isEmpty ? nil : (kind, numbers, i)
    }

    /// Past " and " or ", " (spaces and line breaks allowed), or `nil`.
    private static func joiner(_ s: [UInt8], at index: Int) -> Int? {
        var i = s.skippingSpaces(from: index)
        if i < s.count, s[i] == 0x2C {
            i = s.skippingSpaces(from: i + 1)
            if s.has(and, at: i), i + 3 < s.count, Bytes.isSpace(s[i + 3]) { i = s.skippingSpaces(from: i + 3) }
            return i
        }
        guard s.has(and, at: i), i + 3 < s.count, Bytes.isSpace(s[i + 3]) else { return nil }
        return s.skippingSpaces(from: i + 3)
    }

    private static let and = Bytes.of("and")
}
