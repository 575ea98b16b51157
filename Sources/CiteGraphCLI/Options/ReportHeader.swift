import CiteGraphCore
import Foundation

/// What the report's header says of its own making: the date, and the command line as a shell
/// would take it back.
enum ReportHeader {
    /// Today's date in UTC, or the date of `SOURCE_DATE_EPOCH` (seconds since 1970) when it is
    /// set, as reproducible builds do, so that a report can be made twice with the same bytes.
    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d", day.year ?? 1970, day.month ?? 1, day.day ?? 1)
    }

    /// `citegraph` and the arguments it was given, each quoted when the shell would split or
    /// expand it.
    static func commandLine(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String {
        (["citegraph"] + arguments.map(quoted)).joined(separator: " ")
    }

    private static func quoted(_ argument: String) -> String {
        let plain = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !argument.isEmpty, argument.unicodeScalars.allSatisfy({ plain.contains($0) || $0.value > 0x7F }) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
