/// The words of the picture's legend and time axis, in each language a picture can be labelled
/// in (one row per phrase; `{name}` is filled in).
enum LegendText: CaseIterable {
    case heading, colour, shapes, fill, size, arrow, yearUnknown, unlabelled

    var texts: (en: String, zh: String) {
        switch self {
        case .heading: ("{documents} documents, {citations} citations", "{documents} 份文件，{citations} 次引用")
        case .colour: ("colour: {meaning}", "颜色：{meaning}")
        case .shapes: ("shape — {shapes}", "形状 — {shapes}")
        case .fill: ("filled: in the corpus; outlined: cited only", "实心：语料中的文件；空心：仅被引用")
        case .size: ("size: {measure}; arrow: cites", "大小：{measure}；箭头：引用")
        case .arrow: ("arrow: cites", "箭头：引用")
        case .yearUnknown: ("year unknown", "年份不详")
        case .unlabelled: ("labels: the {count} largest; the others on hover", "标签：最大的 {count} 个；其余悬停显示")
        }
    }

    func text(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        var out = language == .zh ? texts.zh : texts.en
        // Values are numbers and names the program chose, never input text, so one pass each is safe.
        for (key, value) in values.sorted(by: { $0.key < $1.key }) { out = out.replacingOccurrences(of: "{\(key)}", with: value) }
        return out
    }

    /// The shape names of the legend.
    static func shapeName(_ shape: String, _ language: ReportLanguage) -> String {
        guard language == .zh else { return shape }
        switch shape {
        case "box": return "方框"
        case "octagon": return "八边形"
        case "cylinder": return "圆柱"
        case "parallelogram": return "平行四边形"
        case "note": return "便笺"
        default: return shape
        }
    }
}
