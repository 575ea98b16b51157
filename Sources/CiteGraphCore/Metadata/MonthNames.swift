/// Month names as UN texts write them in dates ("10 December 1996", "10 décembre 1996",
/// "10 de diciembre de 1996", "10 декабря 1996 года"), lower case, with their numbers. Chinese
/// dates are written in digits (1996年12月10日) and need no table.
enum MonthNames {
    static let table: [(name: String, month: Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
        ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
        ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
        ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
        ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
    ]

    static let byName: [String: Int] = Dictionary(table.map { ($0.name, $0.month) }, uniquingKeysWith: { first, _ in first })
    /// The letters a month's name starts with, in either case, and the longest name: most
    /// words are passed over at their first letter.
    static let firstLetters: Set<Character> = Set(table.flatMap { entry in [entry.name.first!, Character(String(entry.name.first!).uppercased())] })
    static let longest = table.map(\.name.count).max() ?? 0
}
