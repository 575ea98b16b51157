/// The character encodings citegraph reads text in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"

    /// The name glibc's `iconv` knows the encoding by. CP950 is Big5 as Windows writes it
    /// (Big5 with the euro sign and a few more characters), which is how Big5 files come.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "CP950"
        }
    }
}
