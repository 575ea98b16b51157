/// The words that mark paragraphs in UN texts, as data.
enum ParagraphWords {
    /// The line that opens a resolution's preamble: the body as subject, then a comma.
    static let bodyLines: [String] = [
        "The General Assembly,", "The Security Council,", "The Economic and Social Council,", "The Human Rights Council,",
        "The Commission on Human Rights,", "The Trusteeship Council,", "The Conference,",
        "L'Assemblée générale,", "L’Assemblée générale,", "Le Conseil de sécurité,", "Le Conseil économique et social,",
        "Le Conseil des droits de l'homme,", "Le Conseil des droits de l’homme,",
        "La Asamblea General,", "El Consejo de Seguridad,", "El Consejo Económico y Social,", "El Consejo de Derechos Humanos,",
        "Генеральная Ассамблея,", "Совет Безопасности,", "Экономический и Социальный Совет,", "Совет по правам человека,",
        "大会,", "大会，", "安全理事会,", "安全理事会，", "安理会,", "安理会，", "经济及社会理事会,", "经济及社会理事会，",
        "人权理事会,", "人权理事会，",
    ]

    /// Words that open a preambular paragraph run into one line with the others (after a
    /// comma): English participles and adjectives, Chinese verbs.
    static let preambleOpeners: [String] = [
        "Recalling", "Reaffirming", "Noting", "Taking note", "Welcoming", "Expressing", "Having", "Bearing in mind",
        "Recognizing", "Recognising", "Emphasizing", "Emphasising", "Stressing", "Underlining", "Underscoring",
        "Acknowledging", "Affirming", "Reiterating", "Considering", "Determined", "Determining", "Convinced", "Concerned",
        "Deeply", "Gravely", "Strongly", "Alarmed", "Aware", "Mindful", "Guided", "Deploring", "Condemning", "Commending",
        "Acting", "Encouraging", "Appreciating", "Believing", "Desiring", "Seriously", "Further", "Also", "Highlighting",
        "回顾", "重申", "欢迎", "注意到", "铭记", "确认", "认识到", "审议了", "申明", "深信", "关切", "深为关切", "意识到",
        "强调", "表示", "赞扬", "考虑到", "决心", "遵循", "承认", "又回顾", "还回顾", "又重申", "又欢迎", "又注意到",
    ]

    /// A line that heads an annex, alone on its line (a numeral or letter may follow).
    static let annexHeadings: [String] = ["Annex", "Annexes", "ANNEX", "Annexe", "Anexo", "Приложение", "附件"]

    /// What may follow a mention to point at a part of the cited document.
    static let pinpointsAfter: [String] = [
        "paragraphs", "paragraph", "paras.", "para.", "annexes", "annex", "section", "sections", "part", "chapter", "article",
        "appendix", "enclosure",
        "paragraphes", "paragraphe", "annexe", "párrafos", "párrafo", "anexo", "пункты", "пункт", "приложение",
    ]

    /// What may stand before a mention ("paragraph 5 of resolution 2231 (2015)").
    static let pinpointsBefore: [String] = ["paragraphs", "paragraph", "para.", "paras.", "annex to", "annex I to", "annex II to", "section"]

    /// The words that join a pinpoint before to the mention ("of", "to").
    static let pinpointLinks: [String] = ["of", "to", "of its", "of the", "de la", "du", "de"]
}
