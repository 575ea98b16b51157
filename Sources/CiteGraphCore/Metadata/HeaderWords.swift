/// The words of a UN document's header that are not its title, and those that lead a title
/// or a date, as data. Lines are compared lower case in the normalized text's letters (the
/// tables are normalized the same way when first used, so 聯合國 matches 联合国).
enum HeaderWords {
    /// Lines that start with one of these are masthead furniture.
    static let furniturePrefixes: [String] = [
        "distr", "session de", "original:", "original :", "original", "原文", "document:", "held at", "follow unispal", "english (pdf)", "limited", "restricted", "agenda item", "agenda items", "item ", "items ",
        "provisional agenda", "议程项目", "临时议程", "point ", "points ", "tema ", "temas ", "пункт", "search engine for",
        "abstract", "page ", "official records", "documents officiels", "documentos oficiales", "официальные отчеты",
        "大会正式记录", "resolution adopted by", "resolutions adopted by", "adopted by", "adopted at", "adopté", "adoptée",
        "aprobada", "принята", "принятая", "(e)", "(c)", "(f)", "english", "chinese", "french", "spanish", "russian", "arabic",
        "general", "generale", "général", "supplement no", "补编第", "annex", "annexe", "anexo", "附件", "advance unedited",
        "unedited", "print", "download", "pdf", "home", "skip to", "menu", "share",
    ]

    /// Lines that are exactly one of these are masthead furniture too: a name broken over
    /// two lines ("United" / "Nations").
    static let furnitureWords: Set<String> = [
        "united", "nations", "unies", "unidas", "naciones", "organización", "организация", "объединенных", "наций",
        "english", "français", "español", "русский", "中文", "general", "générale", "assembly", "assemblée", "asamblea",
        "security", "council", "conseil", "consejo", "economic", "social", "and", "human", "rights", "provisional", "limited",
        "联合国", "联合国安全理事会", "联合国大会", "distr", "distr.", "distr.:",
    ]

    /// What web pages put around a document's text (a site's navigation and notices), as
    /// line beginnings, in the normalized text's simplified characters.
    static let webFurniture: [String] = [
        "葡文版本", "跳转到内容", "外观", "维基文库", "transcription", "original hrc document", "you are viewing an archived web page",
        "澳门特别行政区", "行政长官", "办公室主任", "法规:", "法规：", "公报编号", "刊登日期", "版数", "相关类别", "相关法规", "《legismac》",
        "《公报》", "请查阅", "按照中央人民政府的命令", "back to front", "question of palestine home", "sign in", "log in", "cookie",
        "javascript", "loading media", "返回页首", "欢迎来到联合国", "stringlengths", "审议缔约国", "consideration of reports submitted",
        "page content transcription", "if your browser", "网站地图", "citation preview", "embed size", "upload", "download",
    ]
    /// Web pages' lines that end so (a Macau gazette's notice number, its date of issue).
    static let webFurnitureEnds: [String] = ["行政长官公告", "发布。", "发布"]
    /// Characters that open a web page's navigation line.
    static let navigationStarts: Set<Character> = ["←", "→", "<", ">", "×", "|", "•", "^"]
    /// Short masthead lines naming a treaty or committee above a treaty body's document.
    static let treatyEnds: [String] = ["公约"]
    static let committeeEnds: [String] = ["委员会"]
    static let treatyStarts: [String] = ["convention on", "international covenant", "international convention", "committee on", "committee against"]

    /// Lines that are exactly one of these (a body's name) are masthead furniture.
    static let bodyNames: Set<String> = [
        "general assembly", "security council", "economic and social council", "human rights council", "trusteeship council",
        "assemblée générale", "conseil de sécurité", "conseil économique et social", "conseil des droits de l'homme",
        "asamblea general", "consejo de seguridad", "consejo económico y social", "consejo de derechos humanos",
        "генеральная ассамблея", "совет безопасности", "экономический и социальный совет", "совет по правам человека",
        "大会", "安全理事会", "经济及社会理事会", "人权理事会", "秘书处", "secretariat",
        // Mastheads of treaty bodies' documents (FCCC/SBSTA/…): the organ, not a title.
        "united nations framework convention on climate change", "subsidiary body for scientific and technological advice",
        "subsidiary body for implementation", "conference of the parties",
    ]

    /// Words that make a short line a session line ("Seventy-fifth session", "第七十五届会议").
    static let sessionWords: [String] = ["session", "届会", "届会议", "届常会", "特别会议", "sessions", "sesiones", "сессия", "sesión", " year",
                                         "année", " año", " год"]
    /// Lines that open a letter's text: its title has ended.
    static let letterOpenings: [String] = ["i have the honour", "on instructions from", "i should like", "i write", "i am writing",
                                           "j'ai l'honneur", "tengo el honor", "имею честь", "谨"]
    /// Words on which a title line cannot end: the next line, even an organ's name, continues it.
    static let unfinished: Set<String> = ["the", "of", "and", "to", "on", "for", "in", "de", "du", "des", "la", "le", "et", "y", "del"]

    /// Lines that lead a letter's or note's title, which is the document's title.
    static let letterLeads: [String] = [
        "note by the president of the security council", "statement by the president of the security council",
        "安全理事会主席的说明", "安全理事会主席的声明", "安全理事会主席声明",
        "letter dated", "identical letters dated", "note verbale dated", "letter from", "lettre datée", "lettres identiques datées",
        "note verbale datée", "carta de fecha", "cartas idénticas de fecha", "nota verbal de fecha", "письмо", "идентичные письма",
        "вербальная нота",
    ]
    /// How a Chinese letter's title ends (2011年6月27日安全理事会主席给秘书长的信).
    static let chineseLetterEnds: [String] = ["的信", "的同文信", "的普通照会", "的信件"]

    /// Lines that continue a title as its subtitle ("Report of the Secretary-General").
    static let subtitleLeads: [String] = [
        "report of the", "note by the", "report by the", "rapport du", "note du", "informe del", "nota del", "доклад",
        "записка", "秘书长的报告", "秘书长的说明", "报告",
    ]

    /// A line ending so names the sponsors of a draft: the draft's title is the next line.
    static let draftEnds: [String] = ["draft resolution", "draft decision", "revised draft resolution", "决议草案", "决定草案",
                                      "projet de résolution", "proyecto de resolución", "проект резолюции"]
    /// A line starting so introduces a draft (its paragraph first): the title follows it.
    static let draftStarts: [String] = ["draft resolution submitted by", "draft decision submitted by", "draft resolution recommended by",
                                        "draft decision recommended by"]
    /// The line after which a meeting record's title (its agenda item) stands.
    static let agendaAdopted: [String] = ["the agenda was adopted.", "l'ordre du jour est adopté.", "se aprueba el orden del día.",
                                          "议程通过。", "повестка дня утверждается."]
    /// Lines starting so state the date of the meeting that adopted a statement or note.
    static let meetingLeads: [String] = ["at the", "after consultations", "at its", "à sa", "en su"]
    /// Words after which a date is a document's adoption date.
    static let adoptionWords: [String] = ["adopted", "adoptée", "adopté", "adoptada", "aprobada", "aprobado", "принята", "принятая", "принят"]
    /// Chinese: the date stands before 通过, which ends the line.
    static let chineseAdoption = ["通过", "通过的决议", "通过)", "通过）"]
    /// Words near which a date is the meeting's that adopted the document.
    static let meetingWords: [String] = ["plenary meeting", "séance plénière", "sesión plenaria", "пленарное заседание", "全体会议"]

    /// `words` lower case in the normalized text's letters (traditional characters folded).
    static func normalized(_ words: [String]) -> [String] {
        words.map { String(decoding: NormalizedText(Array($0.lowercased().utf8)).bytes, as: UTF8.self) }
    }
}
