/// Feature keys are 64-bit hashes of small integers and word hashes, so the tagger and parser
/// never compare strings in their inner loops. The functions are fixed (no per-process seed)
/// because keys are stored in model files.
enum FeatureHash {
    /// MurmurHash3's 64-bit finaliser: spreads every input bit over the whole key.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b93e_185a_07fe
        h ^= h >> 33
        return h
    }

    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2)))
    }

    /// A feature key from a template number and up to four values; never 0 (0 marks empty slots).
    @inline(__always) static func key(_ template: UInt64, _ a: UInt64) -> UInt64 {
        nonZero(combine(mix(template &+ 0x5151), a))
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(combine(combine(mix(template &+ 0x5151), a), b))
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonZero(combine(combine(combine(mix(template &+ 0x5151), a), b), c))
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        nonZero(combine(combine(combine(combine(mix(template &+ 0x5151), a), b), c), d))
    }

    @inline(__always) static func nonZero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    /// FNV-1a over bytes, finalised with `mix`.
    @inline(__always) static func bytes<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return mix(h)
    }

    static func string(_ text: String) -> UInt64 { bytes(text.utf8) }
}

/// A small deterministic generator (SplitMix64) so that training runs are reproducible from a seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
