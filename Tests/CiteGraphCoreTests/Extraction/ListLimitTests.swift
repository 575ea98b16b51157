import CiteGraphCore
import Foundation
import Testing

/// No silent limit on lists (issue 14, item 9): a Chinese list of 10,000 numbers gives 10,000
/// citations, and one past the longest kept says so.
@Suite struct ListLimitTests {
    static func list(_ count: Int) -> String {
        "标题\n\n回顾" + (1...count).map { "第 \($0 % 70 + 1)/\($0 % 90_000 + 1) 号" }.joined(separator: "、") + "决议\n"
    }

    @Test func aListOfTenThousandNumbersIsReadWhole() {
        let document = Fixtures.document(Self.list(10_000))
        #expect(document.mentions.count == 10_000)
        #expect(document.unresolved.isEmpty)
    }

    /// The time limits guard against a hang (a list read once from each of its numbers would
    /// take hours), not a speed target: under AddressSanitizer on a loaded 2-core machine this
    /// took more than two minutes (7 s in a release build).
    @Test(.timeLimit(.minutes(10)))
    func aListPastTheLongestKeptIsReported() {
        let document = Fixtures.document(Self.list(100_003))
        #expect(document.mentions.count == 100_000)
        #expect(document.unresolved.map(\.reason) == ["a list of more than 100000 numbers: the 3 after them are not read"])
    }

    /// A list of thousands that ends in no citation is read once, not once from each number.
    @Test(.timeLimit(.minutes(5)))
    func aLongListEndingInNothingIsReadOnce() {
        let text = Self.list(50_000).replacingOccurrences(of: "决议\n", with: "段\n")
        #expect(Fixtures.document(text).mentions.isEmpty)
    }
}
