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
        #expect(throws: ExternalProgram.Failure.failed(status: 128 + 9, message: "")) { try Self.run("kill -9 $$") }
    }

    /// FuzzPDFReader's finding: a damaged PDF made pdftohtml take 23 GB, until the kernel
    /// killed it (and could have killed anything else). A converter's address space is limited.
    @Test func aConverterPastItsMemoryLimitFailsOnItsOwn() throws {
        let input = FileHandle(forReadingAtPath: "/dev/null")!
        // python3 asking for 1 GB under a 256 MB limit: the allocation fails in the child.
        #expect(throws: ExternalProgram.Failure.failed(status: 1, message: "MemoryError")) {
            try ExternalProgram.output(of: "python3", ["-c", "import sys\ntry:\n  b = bytearray(1 << 30)\nexcept MemoryError:\n  sys.exit('MemoryError')"],
                                       input: input, limit: 1 << 20, seconds: 30, memory: 256 << 20)
        }
        #expect(ExternalProgram.reason("pdftohtml", 134, "terminate called after throwing an instance of 'std::bad_alloc'", memory: 4 << 30)
            == "terminate called after throwing an instance of 'std::bad_alloc' (pdftohtml stopped by signal 6; converters may use 4096 MB of memory)")
        #expect(ExternalProgram.reason("antiword", 2, "", memory: 4 << 30) == "antiword exit status 2")
    }

    @Test func theFuzzedPDFThatTook23GBIsRefusedWithinItsLimit() throws {
        let path = Fixtures.url("formats/fuzz/pdftohtml-memory.pdf").path
        let settings = ReadSettings(conversionMemory: 512 << 20)
        #expect(throws: CorpusError.malformed(path, format: "PDF", reason:
            "terminate called after throwing an instance of 'std::bad_alloc' (pdftohtml stopped by signal 6; converters may use 512 MB of memory)")) {
            try CorpusReader.read([path], settings: settings)
        }
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
