/// A small bar chart as inline SVG: one bar per label, left to right, its count written above
/// it. Drawn here rather than by a charting library, so that the report needs nothing fetched.
enum BarChart {
    /// Bar width, gap and plot height in SVG user units (the chart scales with the page).
    private static let bar = 14.0, gap = 4.0, height = 120.0, labelSpace = 34.0, top = 16.0

    static func svg(_ bars: [(label: String, count: Int)]) -> String {
        let largest = Double(bars.map(\.count).max() ?? 0)
        let width = Double(bars.count) * (bar + gap) + gap
        // Drawn at twice its units (a bar 28 px wide), narrower only when the page is.
        var out = "<svg class=\"bars\" width=\"\(number(2 * width))\" viewBox=\"0 0 \(number(width)) \(number(top + height + labelSpace))\" role=\"img\">\n"
        out += "<line x1=\"0\" y1=\"\(number(top + height))\" x2=\"\(number(width))\" y2=\"\(number(top + height))\" stroke=\"#999\" stroke-width=\"0.5\"/>\n"
        for (k, entry) in bars.enumerated() {
            let h = largest > 0 ? height * Double(entry.count) / largest : 0
            let x = gap + Double(k) * (bar + gap)
            let label = ReportDocument.text(entry.label)
            out += "<g><title>\(label): \(entry.count)</title>"
            out += "<rect x=\"\(number(x))\" y=\"\(number(top + height - h))\" width=\"\(number(bar))\" height=\"\(number(h))\" fill=\"#0072B2\"/>"
            out += "<text x=\"\(number(x + bar / 2))\" y=\"\(number(top + height - h - 3))\" font-size=\"7\" text-anchor=\"middle\">\(entry.count)</text>"
            // Labels turned upright along the bar, so four-digit years fit under narrow bars.
            out += "<text transform=\"translate(\(number(x + bar / 2 + 2.5)),\(number(top + height + 4))) rotate(90)\" font-size=\"8\">\(label)</text></g>\n"
        }
        return out + "</svg>\n"
    }

    /// A coordinate with at most one decimal, the same on every machine.
    private static func number(_ x: Double) -> String {
        let tenths = (x * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
