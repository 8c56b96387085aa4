/// Frequent words seen (almost) always with one tag → that tag's class: a read-only
/// open-addressing table, cheaper per lookup than a `Dictionary` with its seeded hashing.
struct TagDictionary: Sendable, Equatable {
    private let keys: [UInt64]
    private let classes: [UInt8]
    /// The entries, sorted by form hash.
    let entries: [(form: UInt64, tag: UInt8)]

    init(_ dictionary: [UInt64: UInt8]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { (form: $0.key, tag: $0.value) }
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), classes = [UInt8](repeating: 0, count: size)
        for (form, tag) in entries {
            let key = form == 0 ? 1 : form
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            classes[slot] = tag
        }
        self.keys = keys
        self.classes = classes
    }

    @inline(__always) subscript(form: UInt64) -> UInt8? {
        let key = form == 0 ? 1 : form
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return classes[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    var asDictionary: [UInt64: UInt8] {
        Dictionary(entries.map { ($0.form, $0.tag) }, uniquingKeysWith: { a, _ in a })
    }

    static func == (a: TagDictionary, b: TagDictionary) -> Bool {
        a.entries.map(\.form) == b.entries.map(\.form) && a.entries.map(\.tag) == b.entries.map(\.tag)
    }
}
