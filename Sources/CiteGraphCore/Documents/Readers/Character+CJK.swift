extension Character {
    /// Han characters and CJK punctuation, which are written without spaces between them.
    var isCJK: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        // Full-width forms (０-９, （, ，) included: justified lines space them out too.
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF65, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
