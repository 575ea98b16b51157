/// A reproducible sample of source nodes for estimating betweenness and closeness on graphs
/// too large for the exact all-sources algorithms (which take time n × m).
public struct SourceSample: Sendable, Equatable {
    /// The sampled nodes, sorted.
    public let nodes: [Int]
    /// The population size.
    public let population: Int

    /// `size` distinct nodes of `0..<population`, the same ones on every run and machine.
    public init(size: Int, population: Int, seed: UInt64 = 0x5EED_C17E) {
        self.population = population
        let k = min(max(size, 0), population)
        // Partial Fisher–Yates with SplitMix64: deterministic, no dependence on the platform's RNG.
        var pool = Array(0..<population)
        var state = seed ^ UInt64(population)
        for i in 0..<k {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let j = i + Int(z % UInt64(population - i))
            pool.swapAt(i, j)
        }
        nodes = pool.prefix(k).sorted()
    }

    public var size: Int { nodes.count }

    /// The finite-population correction of a standard error: sampling without replacement.
    var finitePopulationCorrection: Double {
        population > 1 ? (Double(population - size) / Double(population - 1)).squareRoot() : 0
    }
}

/// An estimate's error: a bound that holds for every node's value, at three standard errors.
public struct EstimateError: Sendable, Equatable {
    /// The number of sampled sources.
    public let samples: Int
    /// Three times the largest standard error over all nodes.
    public let bound: Double
}
