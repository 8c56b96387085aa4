/// Everything the tagger and parser want to know about one word, hashed once per token so that
/// feature extraction only combines integers.
struct WordFeatures: Sendable {
    /// The exact form.
    var form: UInt64
    /// The ASCII-lowercased form; numbers collapse to their shape (`12.5` and `31.7` look alike).
    var lower: UInt64
    /// Character classes with runs cut at two: `Xxx`, `dd.d`, `XX-dd`.
    var shape: UInt64
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64, prefix4: UInt64
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// Bits: 1 digit, 2 upper, 4 hyphen, 8 all upper, 16 initial upper, 32 period, 64 non-ASCII.
    var flags: UInt64
    /// The tag set the word took in training (`AmbiguityClasses`), filled in by the tagger.
    var ambiguity: UInt64 = AmbiguityClasses.unknown

    /// Stand-ins for the words before the first and after the last token.
    static let start = WordFeatures(sentinel: 0x5354_4152_5431)
    static let end = WordFeatures(sentinel: 0x454e_4431)
    /// The artificial root word of the parser.
    static let root = WordFeatures(sentinel: 0x524f_4f54)
    /// Padding of `padded(_:)` on each side.
    static let padding = 2

    private init(sentinel: UInt64) {
        let h = FeatureHash.mix(sentinel)
        form = h; lower = h; shape = h
        prefix1 = h; prefix2 = h; prefix3 = h; prefix4 = h
        suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        flags = 1 << 10
        ambiguity = h
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { WordFeatures(bytes: $0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var flags: UInt64 = 0
        var allUpper = n > 0
        var numeric = n > 0
        var lower: UInt64 = 0xcbf2_9ce4_8422_2325
        var shape: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (i, byte) in bytes.enumerated() {
            var lowered = byte
            let cls: UInt8
            switch byte {
            case 65...90:
                lowered = byte + 32; cls = 88 /* X */; flags |= 2
                if i == 0 { flags |= 16 }
            case 97...122: cls = 120 /* x */; allUpper = false
            case 48...57: cls = 100 /* d */; flags |= 1
            case 128...: cls = 117 /* u */; flags |= 64; allUpper = false
            default:
                cls = byte
                if byte == 45 { flags |= 4 }
                if byte == 46 { flags |= 32 }
            }
            if !(cls == 100 || byte == 44 || byte == 46 || byte == 45 || byte == 47 || byte == 58) { numeric = false }
            lower = (lower ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
            if !(cls == last && cls == beforeLast) {
                shape = (shape ^ UInt64(cls)) &* 0x0000_0100_0000_01b3
            }
            beforeLast = last
            last = cls
            switch i {
            case 0: prefixes.0 = lower
            case 1: prefixes.1 = lower
            case 2: prefixes.2 = lower
            case 3: prefixes.3 = lower
            default: break
            }
        }
        if n < 4 { prefixes.3 = lower }
        if n < 3 { prefixes.2 = lower }
        if n < 2 { prefixes.1 = lower }
        if n < 1 { prefixes.0 = lower }
        if allUpper && flags & 2 != 0 { flags |= 8 }
        func suffix(_ k: Int) -> UInt64 {
            var h: UInt64 = 0x8422_2325_cbf2_9ce4
            for byte in bytes[max(0, n - k)...] {
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                h = (h ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
            }
            return FeatureHash.mix(h)
        }
        var form: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { form = (form ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        self.form = FeatureHash.mix(form)
        self.shape = FeatureHash.mix(shape)
        self.lower = numeric && flags & 1 != 0 ? FeatureHash.mix(shape ^ 0x4e55_4d) : FeatureHash.mix(lower)
        prefix1 = FeatureHash.mix(prefixes.0 ^ 1)
        prefix2 = FeatureHash.mix(prefixes.1 ^ 2)
        prefix3 = FeatureHash.mix(prefixes.2 ^ 3)
        prefix4 = FeatureHash.mix(prefixes.3 ^ 4)
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
        self.flags = flags
    }

    /// The features of `texts` with `padding` sentinels on each side.
    static func padded<S: Sequence>(_ texts: S) -> [WordFeatures] where S.Element == String {
        var words = [start, start]
        for text in texts { words.append(WordFeatures(text)) }
        words.append(end)
        words.append(end)
        return words
    }
}
