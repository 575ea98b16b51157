import Testing

/// The analysis options through the binary: seeds, relations, pairs and the drawing's highlights.
@Suite struct AnalysisCLITests {
    @Test func aSeedGivesTheSameCommunitiesAndIsReported() throws {
        let first = try Run.citegraph(["stats", "--format", "json", "--seed", "7"])
        let second = try Run.citegraph(["stats", "--format", "json", "--seed", "7"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"communities\": {\"count\": 5, \"modularity\": "))
        #expect(first.stdout.contains("\"seed\": 7,"))
    }

    @Test func relationsChooseTheCitations() throws {
        let result = try Run.citegraph(["export", "--format", "csv", "--relation", "reaffirms"])
        let rows = result.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.split(separator: ",")[3] == "reaffirms" })
        let without = try Run.citegraph(["export", "--format", "csv", "--exclude-relation", "recalls,cites"])
        #expect(!without.stdout.contains(",recalls,") && !without.stdout.contains(",cites,"))
    }

    @Test func pairsTopCountsPairs() throws {
        let result = try Run.citegraph(["stats", "--pairs", "cocitation", "--top", "2", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "rank,first,second,count\n1,A/66/53,A/79/302,1\n2,A/66/53,A/HRC/RES/16/18,1\n")
    }

    @Test func theDrawingHighlightsFocusMainPathAndCommunities() throws {
        let result = try Run.citegraph(["render", "--format", "dot", "--color-by", "community", "--main-path", "--focus", "A/RES/70/1", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("colour: community (5)"))
        #expect(result.stdout.contains("\"A/RES/70/1\" [shape=box, color=\"#DDCC77\""))
        #expect(result.stdout.components(separatedBy: "peripheries=2").count - 1 == 1)
        #expect(result.stdout.components(separatedBy: "color=\"#000000\"").count - 1 == 1)
    }
}

/// Titles read from the documents reach the drawing's labels and the report.
@Suite struct TitleLabelTests {
    @Test func labelBothDrawsTheSymbolAndTheTitleReadFromTheText() throws {
        let result = try Run.citegraph(["render", "--format", "dot", "--label", "both"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"000_be461b3669ee6420\" [label=\"000_be461b3669ee6420\\n阿富汗局势\", shape=parallelogram"))
    }
}
