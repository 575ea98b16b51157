/// Traditional Chinese characters read as their simplified forms, so that one table of words
/// (号, 决议, 安全理事会 …) serves both scripts: 第2446(2018)號決議 reads like 第2446(2018)号决议.
///
/// Both forms of every pair are three bytes of UTF-8, so folding happens in place and the map
/// from normalized to original offsets is untouched. Only the normalized bytes change: every
/// mention still reports the text as written.
enum ScriptFolding {
    /// (traditional, simplified): the characters of the words the lexicons match, and a few
    /// more that headers and titles use. Adding a word in traditional script is adding its
    /// characters here.
    static let pairs: [(traditional: Unicode.Scalar, simplified: Unicode.Scalar)] = [
        ("號", "号"), ("決", "决"), ("議", "议"), ("與", "与"), ("會", "会"), ("權", "权"), ("經", "经"),
        ("濟", "济"), ("聯", "联"), ("國", "国"), ("顧", "顾"), ("歡", "欢"), ("據", "据"), ("審", "审"),
        ("慮", "虑"), ("確", "确"), ("認", "认"), ("識", "识"), ("讚", "赞"), ("贊", "赞"), ("賞", "赏"),
        ("銘", "铭"), ("記", "记"), ("強", "强"), ("調", "调"), ("譴", "谴"), ("責", "责"), ("執", "执"),
        ("實", "实"), ("聲", "声"), ("書", "书"), ("長", "长"), ("報", "报"), ("員", "员"), ("過", "过"),
        ("為", "为"), ("導", "导"), ("關", "关"), ("於", "于"), ("們", "们"), ("屆", "届"), ("條", "条"),
        ("約", "约"), ("際", "际"), ("題", "题"), ("請", "请"), ("揚", "扬"), ("著", "着"), ("處", "处"),
        ("體", "体"), ("區", "区"), ("東", "东"), ("亞", "亚"), ("時", "时"), ("務", "务"), ("對", "对"),
        ("歷", "历"), ("發", "发"), ("問", "问"), ("類", "类"), ("標", "标"), ("臨", "临"),
    ]

    /// Folds the traditional characters of `bytes` in place.
    static func fold(_ bytes: inout [UInt8]) {
        let table = Self.table
        table.withUnsafeBufferPointer { simplifiedOf in
            bytes.withUnsafeMutableBufferPointer { s in
                guard let base = s.baseAddress else { return }
                let n = s.count
                var i = 0
                while i + 2 < n {
                    // Eight ASCII bytes at a time: most of an English text, the markup of any.
                    if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                    let lead = base[i]
                    // CJK unified ideographs U+4E00–U+9FFF: lead bytes E4–E9; everything else passes.
                    if lead &- 0xE4 >= 6 {
                        i += 1
                        continue
                    }
                    let b1 = base[i + 1], b2 = base[i + 2]
                    // Lead E4 also starts U+4000–U+4DFF, below the table.
                    let index = (Int(lead & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)) &- 0x4E00
                    if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, index >= 0 {
                        let simplified = simplifiedOf[index]
                        if simplified != 0 {
                            base[i] = 0xE0 | UInt8(simplified >> 12)
                            base[i + 1] = 0x80 | UInt8((simplified >> 6) & 0x3F)
                            base[i + 2] = 0x80 | UInt8(simplified & 0x3F)
                        }
                        i += 3
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    /// Simplified scalar by traditional scalar − U+4E00 (0 where there is none).
    private static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0xA000 - 0x4E00)
        for (traditional, simplified) in pairs {
            table[Int(traditional.value) - 0x4E00] = UInt16(simplified.value)
        }
        return table
    }()
}
