/// The words of a UN document's header that are not its title, and those that lead a title
/// or a date, as data. Lines are compared lower case, after trimming spaces and punctuation.
enum HeaderWords {
    /// Lines that start with one of these are masthead furniture.
    static let furniturePrefixes: [String] = [
        "united nations", "nations unies", "naciones unidas", "организация объединенных наций", "联合国", "聯合國",
        "distr", "original:", "original :", "原文", "limited", "restricted", "agenda item", "agenda items", "item ", "items ",
        "provisional agenda", "议程项目", "临时议程", "point ", "points ", "tema ", "temas ", "пункт", "search engine for",
        "abstract", "page ", "official records", "documents officiels", "documentos oficiales", "официальные отчеты",
        "大会正式记录", "resolution adopted by", "resolutions adopted by", "adopted by", "adopted at", "adopté", "adoptée",
        "aprobada", "принята", "принятая", "(e)", "(c)", "(f)", "english", "chinese", "french", "spanish", "russian", "arabic",
        "general", "generale", "général", "supplement no", "补编第", "annex", "annexe", "anexo", "附件", "advance unedited",
        "unedited", "print", "download", "pdf", "home", "skip to", "menu", "share",
    ]

    /// Lines that are exactly one of these (a body's name) are masthead furniture.
    static let bodyNames: Set<String> = [
        "general assembly", "security council", "economic and social council", "human rights council", "trusteeship council",
        "assemblée générale", "conseil de sécurité", "conseil économique et social", "conseil des droits de l'homme",
        "asamblea general", "consejo de seguridad", "consejo económico y social", "consejo de derechos humanos",
        "генеральная ассамблея", "совет безопасности", "экономический и социальный совет", "совет по правам человека",
        "大会", "安全理事会", "经济及社会理事会", "人权理事会", "秘书处", "secretariat",
    ]

    /// Words that make a short line a session line ("Seventy-fifth session", "第七十五届会议").
    static let sessionWords: [String] = ["session", "届会", "période de sessions", "período de sesiones", "сессия", "sesión"]

    /// Lines that lead a letter's or note's title, which is the document's title.
    static let letterLeads: [String] = [
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

    /// Words after which a date is a document's adoption date.
    static let adoptionWords: [String] = ["adopted", "adoptée", "adopté", "adoptada", "aprobada", "aprobado", "принята", "принятая", "принят"]
    /// Chinese: the date stands before 通过.
    static let chineseAdoption = "通过"
    /// Words near which a date is the meeting's that adopted the document.
    static let meetingWords: [String] = ["plenary meeting", "séance plénière", "sesión plenaria", "пленарное заседание", "全体会议"]
}
