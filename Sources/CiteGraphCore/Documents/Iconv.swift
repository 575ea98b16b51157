#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A conversion between two character encodings through the C library's `iconv`: the only
/// file that calls it. glibc's converters for GB18030 and Big5 are the ones every Linux
/// program uses, kept up to date with the standards (GB18030-2022), and cost no dependency.
final class Iconv {
    private let handle: iconv_t

    /// A converter from `source` to UTF-8 (`iconv_open`), or `nil` when the C library has none.
    init?(from source: String) {
        let opened = iconv_open("UTF-8", source)
        // iconv_open returns (iconv_t)-1 on failure.
        guard let opened, Int(bitPattern: opened) != -1 else { return nil }
        handle = opened
    }

    deinit { iconv_close(handle) }

    /// Why `bytes` could not be converted.
    enum Failure: Error, Equatable {
        /// The offset of the first byte that is not part of a valid sequence (`EILSEQ`), or of
        /// an incomplete sequence at the end (`EINVAL`).
        case invalid(offset: Int)
    }

    /// `bytes` converted to UTF-8 (`iconv`), strictly: no byte is skipped or replaced.
    func convert(_ bytes: [UInt8]) -> Result<[UInt8], Failure> {
        // Reset the shift state, so one converter serves many inputs.
        iconv(handle, nil, nil, nil, nil)
        var output = [UInt8](repeating: 0, count: max(16, bytes.count * 2 + 4))
        var input = bytes
        let inputCount = input.count
        var produced = 0
        var failure: Failure?
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inputCount
            while inLeft > 0 {
                let status: Int32 = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress.map { $0 + produced })?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - produced
                    let before = outLeft
                    let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    produced += before - outLeft
                    return result == -1 ? errno : 0
                }
                switch status {
                case 0: break
                case E2BIG: output += [UInt8](repeating: 0, count: output.count)
                default:
                    failure = .invalid(offset: inputCount - inLeft)
                    return
                }
            }
        }
        if let failure { return .failure(failure) }
        output.removeSubrange(produced...)
        return .success(output)
    }
}
