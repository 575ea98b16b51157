extension GraphNode {
    /// The year the document was issued, as far as citegraph knows it. Today that is the year
    /// its symbol implies (`Symbol.year`); every analysis by year asks here, so a better
    /// source (a date read from the text, a catalogue) changes this one place.
    public var year: Int? { Symbol(id)?.year }
}
