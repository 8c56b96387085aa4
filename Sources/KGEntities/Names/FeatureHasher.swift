/// FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
func fnv1a(_ text: String) -> UInt64 { fnv1a(bytes: text.utf8) }

func fnv1a(bytes: some Sequence<UInt8>) -> UInt64 {
    var hasher = FeatureHasher()
    for byte in bytes { hasher.add(byte) }
    return hasher.hash
}

/// FNV-1a fed piece by piece: hashing `"w-1w=" + previous + "|" + word` this way gives the key
/// `fnv1a` gives the joined string, without building it. The name tagger's features are keyed so
/// in its model file, and a sentence's features are hashed without allocating a string.
struct FeatureHasher {
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The state after `prefix`, to start several features from.
    init(_ prefix: String = "") { add(prefix) }

    @inline(__always) mutating func add(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always) mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    /// The key of this state followed by `text`.
    @inline(__always) func adding(_ text: String) -> UInt64 {
        var copy = self
        copy.add(text)
        return copy.hash
    }

    /// The key of this state followed by `first`, `|` and `second`.
    @inline(__always) func adding(_ first: String, _ second: String) -> UInt64 {
        var copy = self
        copy.add(first)
        copy.add(UInt8(ascii: "|"))
        copy.add(second)
        return copy.hash
    }
}
