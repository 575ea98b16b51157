import ArgumentParser
import CiteGraphCore
import CiteGraphRender
import Foundation

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Find the citations between UN documents and analyse the citation graph.",
        discussion: """
            Reads UN documents (files or folders of .txt, .md, .html, .pdf, .docx and .doc), finds every citation of \
            another UN document, and builds one directed graph: citing document -> cited document. \
            With no PATH, the seed corpus built into the program is used.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Stats.self, Render.self, Export.self, Report.self, CheckLanguages.self]
    )

    /// Runs the command, mapping failures to the exit statuses SPEC.md fixes: 1 for bad
    /// input (one line naming the file and the problem), 2 for bad usage; and 3 when some
    /// files could not be read and were skipped (the rest's results are written).
    static func main() {
        StandardDescriptors.keepOpen()
        do {
            var command = try parseAsRoot()
            try command.run()
            // The output of the files that were read is written; the status says some were not.
            if SkippedFiles.any { Foundation.exit(3) }
        } catch is NothingRead {
            Foundation.exit(1)
        } catch let error as CorpusError {
            fail(error.description)
        } catch let error as GraphvizError {
            fail(error.description)
        } catch let error as InputError {
            fail(error.description)
        } catch {
            let code = exitCode(for: error)
            // --help and --version: ArgumentParser prints them to standard output.
            guard code != .success else { exit(withError: error) }
            // ArgumentParser's message already says what was wrong and, for usage, shows the usage.
            StandardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// Exits with status 1 and `message` on one line: control characters from file names are
    /// shown escaped, so they can neither split the line nor reach the terminal.
    private static func fail(_ message: String) -> Never {
        StandardError.write("citegraph: error: \(VisibleText.escape(message))\n")
        Foundation.exit(1)
    }
}
