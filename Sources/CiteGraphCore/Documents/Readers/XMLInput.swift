import Foundation

/// XML made safe for Foundation's XMLParser before it sees it. Processing instructions
/// (`<?…?>`, the XML declaration among them) and document type declarations are taken out:
/// Word parts and poppler's XML need neither, FoundationXML on Linux traps on some processing
/// instructions (found by `ReaderRobustnessTests` on a damaged Word file), and a document type
/// declaration is where entity expansion attacks live. Text that is not UTF-8 (or holds a NUL)
/// is refused before parsing: FoundationXML traps on it in element and attribute names.
enum XMLInput {
    /// `xml` without processing instructions and document type declarations, or `nil` when it
    /// is not UTF-8 text.
    static func cleaned(_ xml: [UInt8]) -> Data? {
        guard UTF8Validation.problem(xml) == nil else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(xml.count)
        var i = 0
        let n = xml.count
        while i < n {
            if xml[i] == UInt8(ascii: "<"), i + 1 < n {
                if xml[i + 1] == UInt8(ascii: "?") {
                    i = end(of: [UInt8(ascii: "?"), UInt8(ascii: ">")], in: xml, from: i + 2)
                    continue
                }
                if xml[i + 1] == UInt8(ascii: "!"), xml[(i + 2)...].starts(with: Array("DOCTYPE".utf8)) {
                    i = endOfDoctype(xml, from: i + 9)
                    continue
                }
            }
            out.append(xml[i])
            i += 1
        }
        return Data(out)
    }

    /// The offset after the first `terminator` at or after `start` (the end if none).
    private static func end(of terminator: [UInt8], in xml: [UInt8], from start: Int) -> Int {
        var i = start
        while i + terminator.count <= xml.count {
            if xml[i] == terminator[0], xml[i..<(i + terminator.count)].elementsEqual(terminator) { return i + terminator.count }
            i += 1
        }
        return xml.count
    }

    /// The offset after a document type declaration's `>`, past any internal subset `[…]`.
    private static func endOfDoctype(_ xml: [UInt8], from start: Int) -> Int {
        var depth = 0
        var i = start
        while i < xml.count {
            switch xml[i] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return i + 1
            default: break
            }
            i += 1
        }
        return xml.count
    }
}
