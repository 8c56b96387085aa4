import Foundation
import KGLanguage

/// The model file: `KGNM`, format version, label count, row count, weight scale, the feature
/// hashes, the weights quantised to Int16, the word classes (count, then per word a UInt16 byte
/// length, its UTF-8 bytes and its bucket), from version 2 the word clusters (count, then per word
/// a UInt16 byte length, its UTF-8 bytes and a UInt16 cluster), then an FNV-1a checksum of
/// everything before it. Version 1 files (no clusters) still load.
/// Rows whose weights are all near zero are dropped when saving.
extension NameTagger {
    static let magic: [UInt8] = Array("KGNM".utf8)
    static let version: UInt32 = 2
    public static let fileName = "names.bin"

    /// The tagger shipped with kg, with the shipped lexicon.
    public static func load(lexicon: Lexicon) throws -> NameTagger {
        try load(from: ResourceLocator.file(fileName, in: "Models", module: "KGEntities"), lexicon: lexicon)
    }

    public static func load(from url: URL, lexicon: Lexicon) throws -> NameTagger {
        let bytes = [UInt8](try Data(contentsOf: url))
        var reader = ByteReader(bytes: bytes, file: url.path)
        guard bytes.count > 28, Array(bytes.prefix(4)) == magic else {
            throw ModelError(path: url.path, reason: "not a kg name-tagger model (bad magic)")
        }
        let stored = bytes.suffix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        guard stored == checksum(bytes.dropLast(8)) else {
            throw ModelError(path: url.path, reason: "checksum mismatch (file damaged or truncated)")
        }
        reader.offset = 4
        let fileVersion: UInt32 = try reader.read()
        guard fileVersion == 1 || fileVersion == version else {
            throw ModelError(path: url.path, reason: "model format \(fileVersion), this kg reads 1 and \(version)")
        }
        let labelCount = Int(try reader.read() as UInt32)
        guard labelCount == labels.count else {
            throw ModelError(path: url.path, reason: "model has \(labelCount) labels, expected \(labels.count)")
        }
        let rowCount = Int(try reader.read() as UInt32)
        let scale: Float = try reader.read()
        var rows: [UInt64: Int] = [:]
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount { rows[try reader.read() as UInt64] = row }
        var weights = [Float](repeating: 0, count: rowCount * labelCount)
        for index in weights.indices { weights[index] = Float(try reader.read() as Int16) * scale }
        var buckets: [String: UInt8] = [:]
        for _ in 0..<Int(try reader.read() as UInt32) {
            let length = Int(try reader.read() as UInt16)
            let word = try reader.string(length)
            buckets[word] = try reader.read() as UInt8
        }
        var clusters: [String: UInt16] = [:]
        if fileVersion >= 2 {
            for _ in 0..<Int(try reader.read() as UInt32) {
                let length = Int(try reader.read() as UInt16)
                let word = try reader.string(length)
                clusters[word] = try reader.read() as UInt16
            }
        }
        return NameTagger(model: Perceptron(labelCount: labelCount, rows: rows, weights: weights), lexicon: lexicon,
                          classes: WordClasses(buckets: buckets, clusters: clusters))
    }

    public func save(to url: URL, minimumWeight: Float = 0.01) throws {
        let labelCount = model.labelCount
        let kept = model.rows.filter { _, row in
            (0..<labelCount).contains { abs(model.weights[row * labelCount + $0]) >= minimumWeight }
        }.sorted { $0.key < $1.key }
        let largest = kept.map { _, row in (0..<labelCount).map { abs(model.weights[row * labelCount + $0]) }.max() ?? 0 }.max() ?? 1
        let scale = max(largest, 1e-6) / Float(Int16.max)
        var bytes = Self.magic
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) } }
        append(Self.version)
        append(UInt32(labelCount))
        append(UInt32(kept.count))
        append(scale)
        for (hash, _) in kept { append(hash) }
        for (_, row) in kept {
            for label in 0..<labelCount {
                append(Int16((model.weights[row * labelCount + label] / scale).rounded()))
            }
        }
        append(UInt32(classes.buckets.count))
        for (word, bucket) in classes.buckets.sorted(by: { $0.key < $1.key }) {
            append(UInt16(word.utf8.count))
            bytes.append(contentsOf: word.utf8)
            append(bucket)
        }
        append(UInt32(classes.clusters.count))
        for (word, cluster) in classes.clusters.sorted(by: { $0.key < $1.key }) {
            append(UInt16(word.utf8.count))
            bytes.append(contentsOf: word.utf8)
            append(cluster)
        }
        append(Self.checksum(bytes[...]))
        try Data(bytes).write(to: url, options: .atomic)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 { fnv1a(bytes: bytes) }
}

/// Reads little-endian fixed-size values from a byte array, failing cleanly at the end.
struct ByteReader {
    let bytes: [UInt8]
    let file: String
    var offset = 0

    mutating func read<T: BitwiseCopyable>() throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else {
            throw ModelError(path: file, reason: "truncated at byte \(offset)")
        }
        let value = bytes[offset..<(offset + size)].withUnsafeBytes { $0.loadUnaligned(as: T.self) }
        offset += size
        return value
    }

    mutating func string(_ length: Int) throws -> String {
        guard offset + length <= bytes.count else {
            throw ModelError(path: file, reason: "truncated at byte \(offset)")
        }
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }
}
