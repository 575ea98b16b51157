@testable import CiteGraphCore
import Foundation
import Testing

/// The converters' process runner (posix_spawn): output, limits, time-outs, failures, and a
/// child that inherits its three standard streams and nothing else.
@Suite struct ExternalProgramTests {
    static func run(_ script: String, input: String = "", limit: Int = 1 << 20, seconds: Double = 20) throws(ExternalProgram.Failure) -> String {
        let handle = try! Converted.withFolder { folder in
            let file = folder.appendingPathComponent("input")
            try Data(input.utf8).write(to: file)
            return try FileHandle(forReadingFrom: file)
        }
        let bytes = try ExternalProgram.output(of: "sh", ["-c", script], input: handle, limit: limit, seconds: seconds)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func standardInputComesInAndStandardOutputComesBack() throws {
        #expect(try Self.run("tr a-z A-Z", input: "resolution 2250\n") == "RESOLUTION 2250\n")
    }

    @Test func theChildInheritsOnlyItsStandardStreams() throws {
        // Descriptors open in citegraph at the time (this test's own files, other tests' pipes)
        // stay out of the child: /proc/self/fd lists 0, 1, 2 and the one `ls` opens itself.
        let open = try (0..<8).map { _ in try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/null")) }
        let listed = try Self.run("ls /proc/self/fd").split(separator: "\n")
        #expect(listed == ["0", "1", "2", "3"])
        withExtendedLifetime(open) {}
    }

    @Test func aFailureGivesItsStatusAndFirstLineOfStandardError() {
        #expect(throws: ExternalProgram.Failure.failed(status: 3, message: "Syntax Warning: first")) {
            try Self.run("echo 'Syntax Warning: first' >&2; echo second >&2; exit 3")
        }
        #expect(throws: ExternalProgram.Failure.failed(status: 9, message: "")) { try Self.run("kill -9 $$") }
    }

    @Test func outputPastTheLimitStopsTheProgram() {
        #expect(throws: ExternalProgram.Failure.outputTooLarge(limit: 100_000)) { try Self.run("yes", limit: 100_000) }
    }

    @Test func aProgramPastItsTimeIsStopped() {
        let start = Date()
        #expect(throws: ExternalProgram.Failure.timedOut(seconds: 0.5)) { try Self.run("exec sleep 30", seconds: 0.5) }
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func aMissingProgramIsNamed() {
        let input = FileHandle(forReadingAtPath: "/dev/null")!
        #expect(throws: ExternalProgram.Failure.notFound("citegraph-no-such-converter")) {
            try ExternalProgram.output(of: "citegraph-no-such-converter", [], input: input, limit: 1, seconds: 1)
        }
    }
}
