/// Roman numerals as UN symbols write sessions: XV, XXX, S-V (a special session), ES-I.
enum RomanNumerals {
    /// The value of `text`, or `nil` if it is not a roman numeral. A special-session prefix
    /// ("S-", "ES-") is left out of the value.
    static func value<S: StringProtocol>(_ text: S) -> Int? {
        var digits = Substring(text)
        if let dash = digits.lastIndex(of: "-") { digits = digits[digits.index(after: dash)...] }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        var previous = 0
        for c in digits.reversed() {
            guard let v = values[c] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}
