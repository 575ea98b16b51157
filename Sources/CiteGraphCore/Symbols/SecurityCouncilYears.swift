/// The year of a Security Council resolution, from its number: "第2250号决议" is
/// S/RES/2250(2015). The Council numbers its resolutions consecutively since 1946.
public enum SecurityCouncilYears {
    /// The year resolution `number` was adopted, or `nil` for a number not yet reached.
    public static func year(ofResolution number: Int) -> Int? {
        guard number >= 1, number <= lastKnownResolution else { return nil }
        // The last year whose first resolution is at or below `number`.
        var low = 0
        var high = firstResolutionOfYear.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if firstResolutionOfYear[mid] <= number { low = mid } else { high = mid - 1 }
        }
        return firstYear + low
    }

    /// The highest resolution number the table vouches for. Numbers above it are not given
    /// a year: a later resolution cannot be placed without a newer table.
    public static let lastKnownResolution = 2800

    static let firstYear = 1946

    /// The number of the first resolution adopted in each year, from 1946 on, checked against
    /// the Council's yearly lists (see Tests/CiteGraphCoreTests/SecurityCouncilYearsTests.swift).
    static let firstResolutionOfYear: [Int] = [
        1, 16, 38, 67, 79, 90, 97, 99, 104, 106,  // 1946–1955
        111, 122, 127, 132, 133, 161, 171, 178, 186, 200,  // 1956–1965
        220, 233, 245, 263, 276, 292, 308, 325, 345, 367,  // 1966–1975
        385, 403, 423, 444, 462, 485, 500, 529, 546, 560,  // 1976–1985
        581, 594, 607, 627, 647, 684, 726, 800, 893, 970,  // 1986–1995
        1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522, 1581,  // 1996–2005
        1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196,  // 2006–2015
        2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768,  // 2016–2025
    ]
}
