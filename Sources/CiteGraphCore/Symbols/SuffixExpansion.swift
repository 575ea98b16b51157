/// Documents that one mention cites together with its symbol:
///
///     S/1995/222 and Corr.1 and 2    ->  S/1995/222, S/1995/222/Corr.1, S/1995/222/Corr.2
///     A/62/7/Add.1-6                 ->  A/62/7/Add.1 … A/62/7/Add.6
///     S/10855/Add.15, 16 and 23      ->  S/10855/Add.15, S/10855/Add.16, S/10855/Add.23
///     A/AC.109/1144, 1149 and 1151   ->  A/AC.109/1144, A/AC.109/1149, A/AC.109/1151
///     S/24900 et Add.1 à 7           ->  S/24900, S/24900/Add.1 … S/24900/Add.7
///     A/L.632和Add.1和2               ->  A/L.632, A/L.632/Add.1, A/L.632/Add.2
///
/// Each is a document of its own (see SPEC.md), cited in the same way as the symbol.
enum SuffixExpansion {
    /// Adds to `match` the documents written after it, and moves its end past them.
    static func extend(_ match: inout SymbolScanner.Match, in s: [UInt8]) {
        // Most symbols are followed by nothing of the kind: tell at the next byte.
        let next = s.skippingSpaces(from: match.end)
        guard next < s.count, mayFollow[Int(s[next])] else { return }
        let text = match.symbol.rawValue
        // More of the last part's kind: Add.1-6, Add.15, 16 and 23, 1144, 1149 and 1151.
        if let last = LastPart(text) {
            var i = match.end
            var previous = last.number
            while true {
                if let (next, end) = rangeEnd(s, at: i), next > previous, next - previous <= maximumRun {
                    match.also += (previous + 1...next).map { last.sibling($0) }
                    previous = next
                    i = end
                    match.end = end
                    continue
                }
                guard let item = joiner(s, at: i), let (number, end) = number(s, at: item),
                      last.admits(number, after: previous)
                else { break }
                match.also.append(last.sibling(number))
                previous = number
                i = end
                match.end = end
            }
        }
        // "and Corr.1 and 2", ", Add.1", after the symbol.
        var i = match.end
        while let (kind, numbers, end) = suffixList(s, at: i) {
            match.also += numbers.map { Symbol(assembled: "\(text)/\(kind).\($0)") }
            match.end = end
            i = end
        }
    }

    /// The last part of a symbol, when more of its kind can follow it.
    private struct LastPart {
        /// Everything before the number: "S/10855/Add.", "A/AC.109/".
        let stem: String
        let number: Int
        let digits: Int

        init?(_ symbol: String) {
            guard let slash = symbol.lastIndex(of: "/") else { return nil }
            let part = symbol[symbol.index(after: slash)...]
            let prefix = part.prefix { !$0.isNumber }
            let digits = part.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let number = Int(digits),
                  prefix.isEmpty || kinds.contains(where: { prefix == $0 + "." })
            else { return nil }
            // A bare serial number continues only when it is long enough not to be a paragraph's.
            if prefix.isEmpty, digits.count < 3 { return nil }
            stem = String(symbol[...slash]) + prefix
            self.number = number
            self.digits = digits.count
        }

        func sibling(_ number: Int) -> Symbol { Symbol(assembled: stem + String(number)) }

        /// Whether `number`, listed after `previous`, is another of this kind: an addendum's any
        /// number; a serial number of the same length, near the last one.
        func admits(_ number: Int, after previous: Int) -> Bool {
            if stem.hasSuffix(".") { return number != previous }
            return String(number).count == digits && abs(number - previous) <= maximumSerialGap
        }
    }

    private static let kinds = ["Corr", "Add", "Rev", "Amend", "SR", "PV"]
    /// The bytes a continuation can start with: , - – and et y и to à a 和 及 、 至 до.
    private static let mayFollow: [Bool] = (0..<256).map { b in
        [0x2C, 0x2D, 0xE2, 0x61, 0x65, 0x79, 0x74, 0xC3, 0xD0, 0xD0 + 1, 0xE5, 0xE3, 0xE8].contains(b)
    }
    /// The longest run a range may expand to: longer ones are not ranges of addenda.
    private static let maximumRun = 60
    /// How far apart serial numbers listed together may be ("A/AC.109/1144, 1149 and 1151").
    private static let maximumSerialGap = 500

    /// "-6", "–6", " to 6", " à 7", "至7" right after a number: the range's last number, and
    /// where it ends.
    private static func rangeEnd(_ s: [UInt8], at index: Int) -> (Int, Int)? {
        var i = index
        if i < s.count, s[i] == 0x2D {
            i += 1
        } else if s.has(Dashes.enDash, at: i) {
            i += 3
        } else {
            let word = s.skippingSpaces(from: i)
            guard let to = rangeWords.first(where: { s.has($0, at: word) }) else { return nil }
            i = s.skippingSpaces(from: word + to.count)
        }
        return number(s, at: i).map { ($0.0, $0.1) }
    }

    /// A number of at most five digits at `index`, not running on into a word or a symbol.
    private static func number(_ s: [UInt8], at index: Int) -> (Int, Int)? {
        let end = s.digitRunEnd(from: index)
        guard end > index, end - index <= 5, end >= s.count || !(Bytes.isLetter(s[end]) || s[end] == 0x2F || s[end] == 0x2E && end + 1 < s.count && Bytes.isDigit(s[end + 1])),
              let value = Int(s.ascii(index..<end))
        else { return nil }
        return (value, end)
    }

    /// ` and Corr.1 and 2` / `, Add.1-3` at `index`: the suffix kind, its numbers and the end.
    private static func suffixList(_ s: [UInt8], at index: Int) -> (String, [Int], Int)? {
        guard var i = joiner(s, at: index) else { return nil }
        guard let kind = kinds.prefix(4).first(where: { s.has(Array(($0 + ".").utf8), at: i) }) else { return nil }
        i += kind.utf8.count + 1
        var numbers: [Int] = []
        while let (number, end) = number(s, at: i) {
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

    /// Past ", ", " and ", " et ", " y ", "和", "及" or "、" (spaces and line breaks allowed), or `nil`.
    private static func joiner(_ s: [UInt8], at index: Int) -> Int? {
        var i = s.skippingSpaces(from: index)
        var joined = false
        if i < s.count, s[i] == 0x2C {
            i = s.skippingSpaces(from: i + 1)
            joined = true
        }
        for word in words where s.has(word, at: i) {
            let end = i + word.count
            if word[0] >= 0x80 { return s.skippingSpaces(from: end) }
            if end < s.count, Bytes.isSpace(s[end]) { return s.skippingSpaces(from: end) }
        }
        return joined ? i : nil
    }

    private static let words = ["and", "et", "y", "и", "和", "及", "、"].map { Array($0.utf8) }
    private static let rangeWords = ["to", "à", "a", "до", "至"].map { Array($0.utf8) }
}
