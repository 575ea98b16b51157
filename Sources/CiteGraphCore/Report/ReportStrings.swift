/// The languages a report's headings and sentences are written in: the corpus's language when
/// there is a table for it, else English.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en, zh

    /// The report language for documents in `language`.
    public init(_ language: Language) {
        self = language == .zh ? .zh : .en
    }
}

/// Every phrase a report writes, one row per phrase with its text in each language, so that a
/// language is added as a column and no sentence is spelled out in code. `{name}` marks a value
/// filled in by `ReportStrings.text(_:_:)`.
enum ReportPhrase: CaseIterable {
    case title, contents, summary, madeBy, commandLine, filters, noFilters
    case summaryLine, graphFigures, acyclic, cyclic, weighted
    case graph, graphCaption, pictureSubset, panZoomHint, zoomIn, zoomOut, zoomReset
    case central, cited, years, yearsCaption, yearsCiting, yearsCited, yearsNone
    case corpusDocuments, documentLine, documentLineOne, citesNone, citesOnce, citesOne, citesMany, times, undocs
    case outside, andMore
    case unresolved, unresolvedNone, unresolvedIntro
    case rank, document, type, body, inCorpus, timesCited, citedBy, filesColumn, citesColumn, yes, no
    case filterRows, rowsOf, previous, next

    /// English, then Chinese.
    var texts: (en: String, zh: String) {
        switch self {
        case .title: ("Citation report", "引文报告")
        case .contents: ("Contents", "目录")
        case .summary: ("Summary", "概要")
        case .madeBy: ("Made by citegraph {version} on {date}", "由 citegraph {version} 于 {date} 生成")
        case .commandLine: ("Command: {command}", "命令：{command}")
        case .filters: ("Filters: {filters}", "筛选条件：{filters}")
        case .noFilters: ("none (the whole graph)", "无（整个图）")
        case .summaryLine: ("{files} documents read; {corpus} corpus document nodes cite {others} other documents.",
                            "共读取 {files} 份文件；语料中的 {corpus} 个文件节点引用了 {others} 份其他文件。")
        case .graphFigures: ("{nodes} nodes, {edges} edges, {corpus} corpus documents, {mentions} mentions, density {density}, "
                                + "{components} weakly connected components (largest {largest}), {cycles}{weighted}",
                             "{nodes} 个节点，{edges} 条边，{corpus} 个语料文件，{mentions} 处提及，密度 {density}，"
                                + "{components} 个弱连通分量（最大的有 {largest} 个节点），{cycles}{weighted}")
        case .acyclic: ("acyclic", "无环")
        case .cyclic: ("has cycles", "有环")
        case .weighted: (", weighted by citation counts", "，按引用次数加权")
        case .graph: ("The citation graph", "引文图")
        case .graphCaption: ("Arrows point from the citing document to the cited one. Colour: issuing body; shape: kind of "
                                + "document; filled: in the corpus; size: {measure}.",
                             "箭头从引用文件指向被引用文件。颜色：发布机构；形状：文件类型；实心：语料中的文件；大小：{measure}。")
        case .pictureSubset: ("The picture shows {shown} of the {total} documents: those ranked highest by {measure} and the corpus documents "
                                + "citing them; the tables list all of them.",
                              "图中只显示 {total} 份文件中的 {shown} 份：按 {measure} 排名最高的文件及引用它们的语料文件；表格列出全部文件。")
        case .panZoomHint: ("Drag to move the picture; the wheel or the buttons zoom.", "拖动可移动图片；滚轮或按钮可缩放。")
        case .zoomIn: ("Zoom in", "放大")
        case .zoomOut: ("Zoom out", "缩小")
        case .zoomReset: ("Fit to width", "适应宽度")
        case .central: ("Most central documents (PageRank)", "最核心的文件（PageRank）")
        case .cited: ("Most cited documents", "被引用最多的文件")
        case .years: ("Citations by year", "按年份统计的引用")
        case .yearsCaption: ("Each bar counts citations; documents whose year is not known are left out ({unknown} of {total} citations).",
                             "每个条形表示引用次数；年份不详的文件不计在内（{total} 次引用中的 {unknown} 次）。")
        case .yearsCiting: ("By the year of the citing document", "按引用文件的年份")
        case .yearsCited: ("By the year of the cited document", "按被引用文件的年份")
        case .yearsNone: ("No document's year is known.", "没有任何文件的年份已知。")
        case .corpusDocuments: ("Corpus documents and what they cite", "语料文件及其引用")
        case .documentLine: ("{type}, {body}; files: {files}.", "{type}，{body}；文件：{files}。")
        case .documentLineOne: ("{type}, {body}; file: {files}.", "{type}，{body}；文件：{files}。")
        case .citesNone: ("It cites no other UN document.", "未引用其他联合国文件。")
        case .citesOnce: ("It cites 1 document (1 mention):", "引用 1 份文件（1 处提及）：")
        case .citesOne: ("It cites 1 document ({mentions} mentions):", "引用 1 份文件（{mentions} 处提及）：")
        case .citesMany: ("It cites {count} documents ({mentions} mentions):", "引用 {count} 份文件（{mentions} 处提及）：")
        case .times: ("({count} times)", "（{count} 次）")
        case .undocs: ("open on undocs.org", "在 undocs.org 上打开")
        case .outside: ("Documents cited but not in the corpus", "被引用但不在语料中的文件")
        case .andMore: ("and {count} more", "等另外 {count} 份")
        case .unresolved: ("Unresolved mentions", "未解析的提及")
        case .unresolvedNone: ("None: every citation-like mention named the document it cites.", "无：每处类似引用的提及都指明了所引用的文件。")
        case .unresolvedIntro: ("Mentions that look like citations but do not say which document they cite; they are not in the graph.",
                                "以下提及看似引用，但未说明所引用的文件；它们不在图中。")
        case .rank: ("rank", "排名")
        case .document: ("document", "文件")
        case .type: ("type", "类型")
        case .body: ("body", "机构")
        case .inCorpus: ("in corpus", "在语料中")
        case .timesCited: ("cited", "被引次数")
        case .citedBy: ("cited by", "引用者")
        case .filesColumn: ("files", "文件名")
        case .citesColumn: ("cites", "引用数")
        case .yes: ("yes", "是")
        case .no: ("no", "否")
        case .filterRows: ("Filter rows…", "筛选行…")
        case .rowsOf: ("rows {first}–{last} of {count}", "第 {first}–{last} 行，共 {count} 行")
        case .previous: ("previous", "上一页")
        case .next: ("next", "下一页")
        }
    }
}

enum ReportStrings {
    /// `phrase` in `language`, each `{key}` replaced by its value.
    static func text(_ phrase: ReportPhrase, _ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        // One pass over the template, so that a value holding "{…}" (a file name) stays as it is.
        var rest = Substring(language == .zh ? phrase.texts.zh : phrase.texts.en)
        var out = ""
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            out += values[key] ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Names of the kinds of document, for the sentences of a report.
    static func typeName(_ type: DocumentType, _ language: ReportLanguage) -> String {
        guard language == .zh else { return type.label }
        switch type {
        case .resolution: return "决议"
        case .decision: return "决定"
        case .presidentialStatement: return "主席声明"
        case .meetingRecord: return "会议记录"
        case .draft: return "草案"
        case .document: return "文件"
        }
    }

    /// Names of the issuing bodies.
    static func bodyName(_ body: IssuingBody, _ language: ReportLanguage) -> String {
        guard language == .zh else { return DOTWriter.bodyName(body) }
        switch body {
        case .generalAssembly: return "大会"
        case .securityCouncil: return "安全理事会"
        case .humanRightsCouncil: return "人权理事会"
        case .economicAndSocialCouncil: return "经济及社会理事会"
        case .secretariat: return "秘书处"
        case .other: return "其他"
        }
    }
}
