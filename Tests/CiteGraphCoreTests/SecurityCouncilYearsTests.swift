import CiteGraphCore
import Foundation
import Testing

/// The year table against resolution/year pairs taken from the Council's yearly lists and
/// other sources (Fixtures/sc-resolution-years.tsv names the source of each pair), boundary
/// cases included: the last resolution of a year and the first of the next.
@Suite struct SecurityCouncilYearsTests {
    static func spotChecks() throws -> [(Int, Int)] {
        let text = try String(contentsOf: Fixtures.url("sc-resolution-years.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let number = Int(fields[0]), let year = Int(fields[1]) else { return nil }
            return (number, year)
        }
    }

    @Test func everySpotCheckAcrossTheDecades() throws {
        let checks = try Self.spotChecks()
        #expect(checks.count >= 50)
        #expect(Set(checks.map { $0.1 / 10 }).count >= 8, "spot checks should span the decades")
        for (number, year) in checks {
            #expect(SecurityCouncilYears.year(ofResolution: number) == year, "resolution \(number)")
        }
    }

    @Test(arguments: [
        (242, 1967), (338, 1973), (1261, 1999), (1265, 1999), (1267, 1999), (1325, 2000), (1989, 2011),
        (2250, 2015), (2255, 2015), (2282, 2016), (2378, 2017), (2475, 2019), (2518, 2020), (2560, 2020),
        (2561, 2021), (2615, 2021), (2664, 2022), (2721, 2023), (2722, 2024), (2777, 2025),
    ])
    func resolutionsTheSeedsCite(number: Int, year: Int) {
        #expect(SecurityCouncilYears.year(ofResolution: number) == year)
    }

    @Test func numbersOutsideTheTableGetNoYear() {
        #expect(SecurityCouncilYears.year(ofResolution: 0) == nil)
        #expect(SecurityCouncilYears.year(ofResolution: SecurityCouncilYears.lastKnownResolution + 1) == nil)
    }
}
