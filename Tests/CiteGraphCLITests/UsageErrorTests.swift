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
        (["stats", "--pairs", "foo"], "The value 'foo' is invalid for '--pairs <kind>'. Please provide one of 'cocitation' and 'coupling'."),
        (["stats", "--pairs", "cocitation", "--top", "-1"], "--top must be at least 1"),
        (["stats", "--pairs", "coupling", "--top", "0"], "--top must be at least 1"),
        (["stats", "--main-path", "--by-year"], "--pairs, --main-path and --by-year: give one at a time"),
        (["stats", "--seed", "-1"], "--seed must be 0 or more"),
        (["stats", "--relation", "foo"], "--relation: unknown relation 'foo' (recalls, reaffirms, welcomes, takes_note, pursuant_to, requests, decides, considers, recognizes, commends, endorses, refers_to, guided_by, bears_in_mind, stresses, condemns, implements, cites, procedural)"),
        (["export", "--format", "csv", "--exclude-relation", "recalls,"], "--exclude-relation: empty name in 'recalls,' (recalls, reaffirms, welcomes, takes_note, pursuant_to, requests, decides, considers, recognizes, commends, endorses, refers_to, guided_by, bears_in_mind, stresses, condemns, implements, cites, procedural)"),
        (["render", "--color-by", "year", "--format", "dot"], "The value 'year' is invalid for '--color-by <color-by>'. Please provide one of 'body' and 'community'."),
    ])
    func badValuesSayWhatIsWrong(arguments: [String], message: String) throws {
        let result = try Run.citegraph(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(arguments): \(result.stderr)")
    }
}
