/// How two pieces of a PDF's text join: hyphens, dashes, symbols and Chinese.
extension PDFLayout {
    /// Prefixes that keep their hyphen at a line end: "self-⏎determination".
    static let hyphenatedPrefixes: Set<String> = [
        "self", "non", "co", "anti", "cross", "well", "long", "multi", "inter", "intra", "sub", "semi", "pre", "post", "ex",
        "counter", "half", "one", "two", "three", "four", "five", "short", "medium", "high", "low", "full", "part", "so",
        "follow", "peace", "state", "gender", "people", "child", "time", "country", "decision", "policy", "rule", "law",
    ]

    /// Two lines of one paragraph as one: a hyphen that breaks a word is undone, a hyphen
    /// or dash that belongs to the text ("Secretary-⏎General", "A/44/872-⏎S/21019") is kept,
    /// and Chinese joins without a space.
    static func join(_ first: String, _ second: String) -> String {
        guard let end = first.last, let start = second.first else { return first + second }
        if end == "-" {
            let word = first.dropLast().reversed().prefix { $0.isLetter }
            let left = String(word.reversed())
            if let last = left.last, last.isLowercase, start.isLowercase, !hyphenatedPrefixes.contains(left.lowercased()) {
                return String(first.dropLast()) + second
            }
            return first + second
        }
        if "–—/".contains(end) || end.isCJK || start.isCJK || continuesSymbol(first, second) { return first + second }
        return first + " " + second
    }

    /// Spaces that justified Chinese lines put between characters, taken out.
    static func withoutSpacesBetweenHan(_ text: String) -> String {
        guard text.contains(where: \.isCJK) else { return text }
        var result = ""
        var spaces = ""
        for character in text {
            if character == " " || character == "\u{3000}" {
                spaces.append(character)
                continue
            }
            if !spaces.isEmpty {
                if !((result.last?.isCJK ?? false) && character.isCJK) { result += spaces }
                spaces = ""
            }
            result.append(character)
        }
        return result + spaces
    }
}
