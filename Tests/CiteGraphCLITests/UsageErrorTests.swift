import Testing

/// Option values that cannot be right are usage errors that say what is wrong (issue 14, item 9).
@Suite struct UsageErrorTests {
    @Test(arguments: [
        (["stats", "--body", ""], "--body: give at least one body (GA, SC, HRC, ECOSOC, ST, other)"),
        (["stats", "--body", "SC,,GA"], "--body: empty name in 'SC,,GA' (GA, SC, HRC, ECOSOC, ST, other)"),
        (["stats", "--type", ""], "--type: give at least one type (resolution, decision, presidential_statement, meeting_record, draft, document)"),
        (["stats", "--top", "-1"], "--top must be at least 1"),
        (["render", "--top", "-5", "--format", "dot"], "--top must be at least 1"),
        (["stats", "--min-cited", "-2"], "--min-cited must be 0 or more"),
        (["stats", "--focus", "A/RES/70/1", "--depth", "-1"], "--depth must be 0 or more"),
        (["report", "--rows", "-3"], "--rows must be at least 1"),
        (["stats", "--samples", "-4"], "--samples must be 0 (exact) or at least 2 (an error needs two sources to estimate)"),
    ])
    func badValuesSayWhatIsWrong(arguments: [String], message: String) throws {
        let result = try Run.citegraph(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(arguments): \(result.stderr)")
    }
}
