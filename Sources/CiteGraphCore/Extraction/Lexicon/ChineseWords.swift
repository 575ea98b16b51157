/// The Chinese function words the scanners match, as bytes. Traditional forms (號, 決議, 與)
/// need no entry: normalization folds them into these (see `ScriptFolding`).
enum ChineseWords {
    static let ordinal = Bytes.of("第")        // 第 77/10 号
    static let numberMarker = Bytes.of("号")   // 第 77/10 号
    static let resolution = Bytes.of("决议")
    static let decision = Bytes.of("决定")
    static let enumerationComma = Bytes.of("、")
    static let he = Bytes.of("和")             // and
    static let ji = Bytes.of("及")             // and
    static let yiji = Bytes.of("以及")         // as well as
    static let yu = Bytes.of("与")             // and
    static let year = Bytes.of("年")
    static let month = Bytes.of("月")
    static let day = Bytes.of("日")
    static let ibid = Bytes.of("同上")
    static let fullStop = Bytes.of("。")
    static let fullComma = Bytes.of("，")
    static let fullSemicolon = Bytes.of("；")
    /// The list separators, longest first.
    static let separators = [enumerationComma, yiji, he, ji, yu]
}

/// Dashes that join the two symbols of a jointly issued document.
enum Dashes {
    static let enDash = Bytes.of("–")
    static let emDash = Bytes.of("—")
}
