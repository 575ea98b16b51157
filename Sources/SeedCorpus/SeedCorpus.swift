/// The five seed documents the project was created from, compiled into the binary so that
/// every subcommand works with no PATH, from any folder, on a fresh install.
///
/// SwiftPM's `embedInCode` turns each file under `seeds/` into a byte array; the names it
/// gives them are derived from the file names, so they are listed here by hand. A test checks
/// that this list and the top-level `seeds/` folder hold the same files and bytes.
public enum SeedCorpus {
    /// The embedded documents as (file name, bytes), sorted by file name.
    public static let documents: [(name: String, bytes: [UInt8])] = [
        ("000_be461b3669ee6420.txt", PackageResources._00_be461b3669ee6420_txt),
        ("001_7e41ccd1e4f5132c.txt", PackageResources._01_7e41ccd1e4f5132c_txt),
        ("002_b4e6daf1e977e72d.txt", PackageResources._02_b4e6daf1e977e72d_txt),
        ("003_fda09ecd73bce99b.txt", PackageResources._03_fda09ecd73bce99b_txt),
        ("004_6bb09af84bcb3a26.txt", PackageResources._04_6bb09af84bcb3a26_txt),
    ]
}
