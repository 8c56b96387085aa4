import Foundation
import KGCore

/// kg's model file format (tagger.kgm, parser.kgm, lemmas.kgm), version 3 (1 had no tagger second pass,
/// 2 no ambiguity classes).
///
///     offset  size  field
///          0     4  magic "KGLM"
///          4     2  format version (UInt16, little-endian) = 3
///          6     2  kind: 1 tagger, 2 parser, 3 lemmatizer
///          8     8  payload length in bytes (UInt64)
///         16     8  FNV-1a-64 checksum of the payload (UInt64)
///         24     8  reserved, 0
///         32     …  payload
///
/// The payload is a sequence of fields written by `ModelWriter`, all little-endian: integers and
/// floats as themselves; strings as a UInt32 byte count and UTF-8 bytes; arrays as a UInt64
/// element count followed by the raw elements. Each model type documents its field order in its
/// `+File` extension.
enum ModelFile {
    static let magic: [UInt8] = Array("KGLM".utf8)
    static let version: UInt16 = 3
    static let headerSize = 32

    enum Kind: UInt16 { case tagger = 1, parser = 2, lemmatizer = 3 }

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func write(_ kind: Kind, payload: ModelWriter, to url: URL) throws {
        var header = ModelWriter()
        header.bytes.append(contentsOf: magic)
        header.write(version)
        header.write(kind.rawValue)
        header.write(UInt64(payload.bytes.count))
        header.write(payload.bytes.withUnsafeBytes { checksum($0) })
        header.write(UInt64(0))
        try Data(header.bytes + payload.bytes).write(to: url, options: .atomic)
    }

    /// Reads and verifies a model file, returning a reader positioned at the payload.
    static func read(_ kind: Kind, from url: URL) throws -> ModelReader {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw ModelError(path: url.path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        let bytes = [UInt8](data)
        func fail(_ reason: String) -> ModelError { ModelError(path: url.path, reason: reason) }
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else {
            throw fail("not a kg model file (missing KGLM header)")
        }
        var header = ModelReader(bytes: bytes, path: url.path, position: 4)
        let version: UInt16 = try header.read()
        guard version == Self.version else { throw fail("model format version \(version), this kg reads version \(Self.version)") }
        let kindValue: UInt16 = try header.read()
        guard kindValue == kind.rawValue else { throw fail("holds a model of kind \(kindValue), expected \(kind) (\(kind.rawValue))") }
        let length: UInt64 = try header.read()
        let expected: UInt64 = try header.read()
        guard UInt64(bytes.count - headerSize) == length else {
            throw fail("payload is \(bytes.count - headerSize) bytes, header says \(length) (truncated or padded file)")
        }
        let actual = bytes.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        guard actual == expected else { throw fail("checksum mismatch (file is corrupt)") }
        return ModelReader(bytes: bytes, path: url.path, position: headerSize)
    }
}

/// A model file that cannot be used (the language models', the name tagger's): where it is and why.
public struct ModelError: DiagnosticConvertible, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "model \(path): \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

struct ModelWriter {
    var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write(_ value: String) {
        write(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for value in values { write(value) }
    }

    /// Raw little-endian elements (this machine is little-endian; model files are too).
    mutating func write<T: FixedWidthInteger>(_ values: [T]) {
        write(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

struct ModelReader {
    let bytes: [UInt8]
    let path: String
    var position: Int

    private func truncated() -> ModelError { ModelError(path: path, reason: "truncated payload at byte \(position)") }

    mutating func read<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { throw truncated() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: T.self) }
        position += size
        return T(littleEndian: value)
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try read()) }

    mutating func readString() throws -> String {
        let count: UInt32 = try read()
        guard position + Int(count) <= bytes.count else { throw truncated() }
        let value = String(decoding: bytes[position..<position + Int(count)], as: UTF8.self)
        position += Int(count)
        return value
    }

    mutating func readStrings() throws -> [String] {
        let count: UInt64 = try read()
        guard count <= UInt64(bytes.count - position) else { throw truncated() }
        return try (0..<Int(count)).map { _ in try readString() }
    }

    mutating func readArray<T: FixedWidthInteger>(of type: T.Type = T.self) throws -> [T] {
        let count: UInt64 = try read()
        let size = MemoryLayout<T>.stride
        guard count <= UInt64(bytes.count - position) / UInt64(size) else { throw truncated() }
        let n = Int(count)
        let start = position
        let values = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<start + n * size]))
            }
            initialized = n
        }
        position += n * size
        return values
    }

    func fail(_ reason: String) -> ModelError { ModelError(path: path, reason: reason) }
}

extension SparseWeights {
    /// Fields: classCount UInt32, smallest Float, ratio Float, fingerprints [UInt32], starts [UInt32],
    /// classes [UInt8], codes [UInt8 holding Int8].
    func write(to writer: inout ModelWriter) {
        writer.write(UInt32(classCount))
        writer.write(smallest)
        writer.write(ratio)
        writer.write(fingerprints)
        writer.write(starts)
        writer.write(classes)
        writer.write(codes.map { UInt8(bitPattern: $0) })
    }

    static func read(from reader: inout ModelReader) throws -> SparseWeights {
        let classCount = Int(try reader.read() as UInt32)
        let smallest = try reader.readFloat(), ratio = try reader.readFloat()
        let fingerprints: [UInt32] = try reader.readArray()
        let starts: [UInt32] = try reader.readArray()
        let classes: [UInt8] = try reader.readArray()
        let codes: [UInt8] = try reader.readArray()
        guard !fingerprints.isEmpty, fingerprints.contains(0), smallest > 0, ratio > 1, ratio < 2,
              starts.count == fingerprints.count + 1, classes.count == codes.count,
              starts.last.map({ Int($0) == classes.count }) == true,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
              classes.allSatisfy({ Int($0) < classCount })
        else { throw reader.fail("inconsistent weight tables") }
        return SparseWeights(classCount: classCount, smallest: smallest, ratio: ratio, fingerprints: fingerprints,
                             starts: starts, classes: classes, codes: codes.map { Int8(bitPattern: $0) })
    }
}
