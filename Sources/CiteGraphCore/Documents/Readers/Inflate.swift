import CLibZ

/// Raw deflate (RFC 1951), as a ZIP archive holds it, undone with zlib. The whole stream must lie
/// within the bytes given and end there, and the output may not pass `limit`: a stream that runs
/// out before its end is damaged, never a loop. (ZIPFoundation's reader, used before, kept
/// reading at the end of a damaged archive for ever: found by FuzzWordReader.)
enum Inflate {
    enum Failure: Error, Equatable {
        case damaged
        case tooLarge
    }

    private enum Outcome {
        case ended, damaged, tooLarge
    }

    static func decompress(_ input: ArraySlice<UInt8>, expectedSize: Int, limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged
        }
        defer { inflateEnd(&stream) }
        // The size the archive states sizes the first buffer only; it is never trusted further.
        var output = [UInt8](repeating: 0, count: max(1, min(expectedSize, limit) + 1))
        var produced = 0
        let outcome: Outcome = input.withUnsafeBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                if produced == output.count {
                    guard output.count <= limit else { return .tooLarge }
                    output += repeatElement(0, count: min(output.count * 2, limit + 1) - output.count)
                }
                let room = output.count - produced
                let status = output.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.next_out = outputBuffer.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(room)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                produced += room - Int(stream.avail_out)
                switch status {
                case Z_STREAM_END: return produced > limit ? .tooLarge : .ended
                case Z_OK: continue
                // No progress for want of room: the loop makes more. For want of input: the
                // stream stops before its end.
                case Z_BUF_ERROR where stream.avail_out == 0: continue
                default: return .damaged
                }
            }
        }
        switch outcome {
        case .ended:
            output.removeSubrange(produced...)
            return output
        case .damaged: throw .damaged
        case .tooLarge: throw .tooLarge
        }
    }

    /// The CRC-32 a ZIP archive records for a part's uncompressed bytes.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CLibZ.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
    }
}
