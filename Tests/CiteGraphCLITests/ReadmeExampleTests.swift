import Foundation
import Testing

/// README.md shows real output: each ```console block starts with `$ citegraph ARGS`
/// (optionally `| head -n N`) and is followed by exactly what that command prints today.
@Suite struct ReadmeExampleTests {
    struct Example: CustomStringConvertible {
        let arguments: [String]
        let head: Int?
        let expected: String
        var description: String { "citegraph " + arguments.joined(separator: " ") }
    }

    static func examples() throws -> [Example] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        return text.components(separatedBy: "```console\n").dropFirst().compactMap { block in
            guard let body = block.components(separatedBy: "\n```").first else { return nil }
            var lines = body.components(separatedBy: "\n")
            let command = lines.removeFirst()
            guard command.hasPrefix("$ citegraph ") else { return nil }
            let parts = command.dropFirst("$ citegraph ".count).components(separatedBy: " | head -n ")
            return Example(arguments: parts[0].split(separator: " ").map(String.init),
                           head: parts.count > 1 ? Int(parts[1]) : nil,
                           expected: lines.joined(separator: "\n") + "\n")
        }
    }

    @Test func readmeExamplesAreRealOutput() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 5)
        for example in examples {
            let result = try Run.citegraph(example.arguments)
            #expect(result.status == 0, "\(example)")
            var output = result.stdout
            if let head = example.head {
                output = output.split(separator: "\n", omittingEmptySubsequences: false).prefix(head).joined(separator: "\n") + "\n"
            }
            #expect(output == example.expected, "README example `\(example)` no longer matches the program's output")
        }
    }
}
