import CLibXML2

/// An HTML page parsed by libxml2's HTML parser (`htmlReadMemory`), which repairs broken
/// markup the way browsers do, and flattened into a list of Swift events. The only file that
/// touches libxml2: the C tree is walked without recursion (the parser allows any depth of
/// nesting) and freed before `parse` returns.
enum HTMLTree {
    enum Event: Equatable {
        /// An element opens, with its lower-case name and attributes.
        case open(String, [String: String])
        /// A text node, entities decoded.
        case text(String)
        /// The element last opened closes.
        case close
    }

    /// Initialises libxml2 once (`xmlInitParser`), before any thread parses: libxml2 2.9 sets up
    /// its globals on first use, and two threads doing that at once race. Foundation's
    /// XMLParser (Word, PDF) is built on the same libxml2. Swift runs this exactly once.
    static let prepared: Void = xmlInitParser()

    /// The events of `html`, UTF-8 text (the page's own charset declaration is ignored: the
    /// reader has decoded it already). `nil` when libxml2 makes no document of it.
    /// XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it would drop
    /// the rest of the page without a word; the input is already held to the size limit.
    static func parse(_ html: [UInt8]) -> [Event]? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | UInt32(XML_PARSE_HUGE.rawValue))
        let parsed: htmlDocPtr? = html.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var events: [Event] = []
        // Depth-first with an explicit stack: a node, then (after its children) its close.
        var stack: [(node: xmlNodePtr, closing: Bool)] = [(root, false)]
        while let (node, closing) = stack.popLast() {
            if closing {
                events.append(.close)
                continue
            }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                events.append(.open(string(node.pointee.name).lowercased(), attributes(of: node)))
                stack.append((node, true))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                stack += children.reversed().map { ($0, false) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                events.append(.text(string(node.pointee.content)))
            default:
                break  // comments, processing instructions
            }
        }
        return events
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let part = text {
                value += string(part.pointee.content)
                text = part.pointee.next
            }
            attributes[string(current.pointee.name).lowercased()] = value
            attribute = current.pointee.next
        }
        return attributes
    }

    private static func string(_ text: UnsafePointer<xmlChar>?) -> String {
        guard let text else { return "" }
        return String(cString: text)
    }

    private static func string(_ text: UnsafeMutablePointer<xmlChar>?) -> String {
        string(UnsafePointer(text))
    }
}
