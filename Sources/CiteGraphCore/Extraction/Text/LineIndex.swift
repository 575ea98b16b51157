/// Line and column lookup for byte offsets of one document.
struct LineIndex {
    /// Offset of the first byte of each line in the normalized text.
    let starts: [Int]

    init(_ s: [UInt8]) {
        var starts = [0]
        s.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count where buffer[i] == 0x0A { starts.append(i + 1) }
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// 0-based line of byte `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of 0-based `line`, without its line break.
    func range(ofLine line: Int, in s: [UInt8]) -> Range<Int> {
        let start = starts[line]
        var end = line + 1 < starts.count ? starts[line + 1] - 1 : s.count
        if end > start, s[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
