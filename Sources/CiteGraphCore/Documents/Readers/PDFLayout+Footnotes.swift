/// Footnotes of a PDF page: the lines in a smaller font below the body, each note kept with
/// its number.
extension PDFLayout {
    /// The page's lines split into body and footnotes: the footnotes are the lines in a
    /// smaller font below the page's last line of body text, in its lower half.
    static func separateFootnotes(_ lines: [Line], page: PDFPage, bodySize: Double) -> (body: [Line], notes: [Line]) {
        let isSmall = { (line: Line) in line.fontSize < bodySize * 0.9 }
        guard let lastBody = lines.lastIndex(where: { !isSmall($0) }) else { return (lines, []) }
        let lastBodyBottom = lines[lastBody].bottom
        var body: [Line] = []
        var notes: [Line] = []
        for line in lines {
            if isSmall(line), line.top >= lastBodyBottom, line.top > page.height * 0.45, startsNoteOrContinues(line, notes) {
                notes.append(line)
            } else {
                body.append(line)
            }
        }
        return (body, notes)
    }

    private static func startsNoteOrContinues(_ line: Line, _ notes: [Line]) -> Bool {
        !notes.isEmpty || noteNumber(line, after: nil) != nil
    }

    /// The number a footnote line starts with (a raised marker or plain digits), and the rest;
    /// `nil` when the line continues a note. After note `previous`, only the next number
    /// starts one: "12 January 2024" on a note's second line is not note 12.
    static func noteNumber(_ line: Line, after previous: Int?) -> (number: String, rest: String)? {
        let text = line.text
        let superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        let lead = text.prefix { superscripts.contains($0) || $0.isASCIIDigitCharacter }
        guard !lead.isEmpty, lead.count <= 3 else { return nil }
        let digits = String(lead.compactMap { c -> Character? in
            if let index = superscripts.firstIndex(of: c) { return Character(String(superscripts.distance(from: superscripts.startIndex, to: index))) }
            return c
        })
        let rest = text.dropFirst(lead.count)
        guard let next = rest.first, next == " " || next == "\t" || next.isUppercase || next.isCJK || "《“\"(".contains(next) else { return nil }
        if let previous, Int(digits) != previous + 1 { return nil }
        return (digits, String(rest).trimming(" \t"))
    }

    /// Footnote lines joined into notes, each starting with its number in superscript.
    static func footnotes(_ lines: [Line], bodySize: Double) -> [String] {
        var notes: [String] = []
        var number: Int?
        for line in lines {
            if let (digits, rest) = noteNumber(line, after: number) {
                notes.append(superscript(digits) + " " + rest)
                number = Int(digits)
            } else if let last = notes.last {
                notes[notes.count - 1] = join(last, line.text)
            }
        }
        return notes
    }
}
