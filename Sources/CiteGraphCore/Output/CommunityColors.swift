/// The colours of `--color-by community`: Paul Tol's "muted" scheme, nine colours told apart
/// with the common colour-vision deficiencies, for the nine largest communities; the rest grey.
public enum CommunityColors {
    public static let palette = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"]
    public static let rest = "#BBBBBB"

    /// Community number 0 is the largest.
    public static func color(_ community: Int) -> String {
        community < palette.count ? palette[community] : rest
    }

    /// For the legend.
    public static func meaning(_ communities: Communities) -> String {
        communities.count > palette.count
            ? "community (the \(palette.count) largest of \(communities.count); grey: the rest)"
            : "community (\(communities.count))"
    }
}
