/// The parts of a ZIP archive (a Word file), read from its bytes in memory: the central
/// directory at the end names each part, its local header says where its bytes start. Every
/// offset and size is checked against the archive's length before it is used, so a damaged or
/// hostile archive is refused, never followed out of bounds. ZIP64 sizes and offsets are read;
/// encryption and compression methods other than stored and deflate are refused.
struct ZIPArchive {
    struct Entry {
        let path: String
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
        let encrypted: Bool
    }

    enum Failure: Error, Equatable {
        case notAnArchive
        case damaged(String)
        case tooLarge
    }

    let entries: [Entry]
    private let bytes: [UInt8]

    // Record signatures, as the bytes of the file read them little-endian.
    private static let endOfDirectory: UInt32 = 0x0605_4B50
    private static let zip64Locator: UInt32 = 0x0706_4B50
    private static let zip64EndOfDirectory: UInt32 = 0x0606_4B50
    private static let directoryEntry: UInt32 = 0x0201_4B50
    private static let localHeader: UInt32 = 0x0403_4B50

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        let reader = Reader(bytes: bytes)
        // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
        guard bytes.count >= 22 else { throw .notAnArchive }
        var end: Int?
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 0xFFFF) {
            if reader.u32(at) == Self.endOfDirectory { end = at; break }
            at -= 1
        }
        guard let end else { throw .notAnArchive }
        var count = Int(reader.u16(end + 10) ?? 0)
        var directorySize = Int(reader.u32(end + 12) ?? 0)
        var directoryOffset = Int(reader.u32(end + 16) ?? 0)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard end >= 20, reader.u32(end - 20) == Self.zip64Locator,
                  let record = reader.u64(end - 12).flatMap(Int.init(exactly:)), reader.u32(record) == Self.zip64EndOfDirectory,
                  let count64 = reader.u64(record + 32).flatMap(Int.init(exactly:)),
                  let size64 = reader.u64(record + 40).flatMap(Int.init(exactly:)),
                  let offset64 = reader.u64(record + 48).flatMap(Int.init(exactly:))
            else { throw .damaged("its ZIP64 end record is missing or damaged") }
            (count, directorySize, directoryOffset) = (count64, size64, offset64)
        }
        guard directoryOffset <= bytes.count, directorySize <= bytes.count - directoryOffset else {
            throw .damaged("its central directory lies outside the file")
        }
        // Each directory entry takes at least 46 bytes: a count that cannot fit is a lie.
        guard count <= directorySize / 46 else { throw .damaged("its central directory is shorter than its entry count") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = directoryOffset
        for _ in 0..<count {
            guard reader.u32(offset) == Self.directoryEntry,
                  let flags = reader.u16(offset + 8), let method = reader.u16(offset + 10),
                  let crc = reader.u32(offset + 16),
                  let compressed32 = reader.u32(offset + 20), let uncompressed32 = reader.u32(offset + 24),
                  let nameLength = reader.u16(offset + 28).map(Int.init), let extraLength = reader.u16(offset + 30).map(Int.init),
                  let commentLength = reader.u16(offset + 32).map(Int.init), let local32 = reader.u32(offset + 42),
                  offset + 46 + nameLength + extraLength + commentLength <= directoryOffset + directorySize
            else { throw .damaged("entry \(entries.count + 1) of its central directory is damaged") }
            let name = bytes[(offset + 46)..<(offset + 46 + nameLength)]
            var sizes = Zip64Sizes(compressed: Int(compressed32), uncompressed: Int(uncompressed32), offset: Int(local32))
            sizes.read(extra: bytes[(offset + 46 + nameLength)..<(offset + 46 + nameLength + extraLength)], reader: reader)
            entries.append(Entry(
                path: String(decoding: name, as: UTF8.self), method: method, crc32: crc,
                compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed,
                localHeaderOffset: sizes.offset, encrypted: flags & 1 != 0))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    subscript(path: String) -> Entry? { entries.first { $0.path == path } }

    /// A part's uncompressed bytes, never more than `limit`, checked against its CRC-32.
    func data(of entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        let reader = Reader(bytes: bytes)
        let at = entry.localHeaderOffset
        guard reader.u32(at) == Self.localHeader,
              let nameLength = reader.u16(at + 26).map(Int.init), let extraLength = reader.u16(at + 28).map(Int.init)
        else { throw .damaged("\(entry.path): its local header is missing") }
        let start = at + 30 + nameLength + extraLength
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged("\(entry.path): its data runs past the end of the file")
        }
        guard !entry.encrypted else { throw .damaged("\(entry.path) is encrypted") }
        let stored = bytes[start..<(start + entry.compressedSize)]
        let data: [UInt8]
        switch entry.method {
        case 0:
            guard stored.count <= limit else { throw .tooLarge }
            data = Array(stored)
        case 8:
            do {
                data = try Inflate.decompress(stored, expectedSize: entry.uncompressedSize, limit: limit)
            } catch .tooLarge {
                throw .tooLarge
            } catch {
                throw .damaged("\(entry.path) cannot be unpacked")
            }
        default:
            throw .damaged("\(entry.path) uses compression method \(entry.method)")
        }
        guard Inflate.crc32(data) == entry.crc32 else { throw .damaged("\(entry.path) fails its CRC-32 check") }
        return data
    }

    /// Sizes and offset of an entry; those the 32-bit fields mark as 0xFFFFFFFF are in the
    /// ZIP64 extra field (id 1), in this order.
    private struct Zip64Sizes {
        var compressed: Int
        var uncompressed: Int
        var offset: Int

        mutating func read(extra: ArraySlice<UInt8>, reader: Reader) {
            var at = extra.startIndex
            while at + 4 <= extra.endIndex, let id = reader.u16(at), let length = reader.u16(at + 2).map(Int.init) {
                let body = at + 4
                guard body + length <= extra.endIndex else { return }
                if id == 1 {
                    var field = body
                    for keyPath in [\Zip64Sizes.uncompressed, \.compressed, \.offset] where self[keyPath: keyPath] == 0xFFFF_FFFF {
                        guard field + 8 <= body + length, let value = reader.u64(field).flatMap(Int.init(exactly:)) else { return }
                        self[keyPath: keyPath] = value
                        field += 8
                    }
                    return
                }
                at = body + length
            }
        }
    }

    /// Little-endian fields at checked offsets: `nil` past the end, never a trap.
    private struct Reader {
        let bytes: [UInt8]

        func u16(_ at: Int) -> UInt16? {
            guard at >= 0, at <= bytes.count - 2 else { return nil }
            return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
        }

        func u32(_ at: Int) -> UInt32? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return UInt32(low) | UInt32(high) << 16
        }

        func u64(_ at: Int) -> UInt64? {
            guard let low = u32(at), let high = u32(at + 4) else { return nil }
            return UInt64(low) | UInt64(high) << 32
        }
    }
}
