import Foundation

/// The weights of a `SparseWeights` laid out for scoring, where the tagger and parser spend their
/// time. Each feature is a 16-byte record holding its fingerprint and up to six entries, and records
/// sit four to a 64-byte bucket (one cache line), so most lookups read one line instead of two
/// (stored slot, then entries) and rarely probe past it. Buckets fill by linear probing from
/// `SparseWeights.slot(fingerprint, size: bucketCount)`.
///
/// The features looked up most (tags alone, frequent words) carry the longest lists, so a list of
/// `denseMinimum` entries or more is kept as a dense row of 16-bit weights (when they fit), added
/// 16 classes per vector instruction. Other lists of more than six entries live in `overflow`.
///
/// A fingerprint stored in several slots (two keys sharing their high 32 bits) keeps only the record
/// the stored table's probing finds first, so a lookup finds exactly what the stored table would.
///
/// Record: word 0 = fingerprint | entry 0 << 32 | entry 1 << 48; word 1 = entries 2–5, 16 bits each.
/// An entry is class | code bit pattern << 8. Entries of code 0 add nothing and are left out, so an
/// entry is never 0 and unused places are 0, which add `levels[0] = 0` to class 0. A record with
/// more than six entries has entries 0 and 1 zero, and word 1 = `denseFlag` | row in `denseRows`,
/// or start | count << 32 in `overflow`.
final class ScoringTable: @unchecked Sendable {  // immutable after init
    let classCount: Int
    private let bucketCount: Int
    /// Dense rows hold `chunkCount` vectors of 16 classes.
    private let chunkCount: Int
    private let memory: UnsafeMutableRawPointer
    /// Code bit pattern → weight in integer units of `smallest / 8`.
    private let levels: UnsafeMutablePointer<Int32>
    private let records: UnsafeMutablePointer<UInt64>
    private let denseRows: UnsafeMutablePointer<SIMD16<Int16>>
    private let overflow: UnsafeMutablePointer<UInt16>

    private static let inline = 6, denseMinimum = 16, bucketRecords = 4, bucketWords = 8
    private static let denseFlag: UInt64 = 1 << 63

    init(classCount: Int, ratio: Float, fingerprints: [UInt32], starts: [UInt32], classes: [UInt8], codes: [Int8]) {
        self.classCount = classCount
        chunkCount = (classCount + 15) / 16
        let size = fingerprints.count
        var levels = [Int32](repeating: 0, count: 256)
        for index in 0..<256 {
            let code = Int(Int8(truncatingIfNeeded: index))
            let magnitude = code == 0 ? 0 : 8 * pow(Double(ratio), Double(abs(code) - 1))
            levels[index] = Int32(code < 0 ? -magnitude.rounded() : magnitude.rounded())
        }
        func entries(_ slot: Int) -> LazyMapSequence<LazyFilterSequence<Range<Int>>, UInt64> {
            (Int(starts[slot])..<Int(starts[slot + 1])).lazy.filter { codes[$0] != 0 }.map {
                UInt64(classes[$0]) | UInt64(UInt8(bitPattern: codes[$0])) << 8
            }
        }
        /// The weights of a long list by class, if they fit 16 bits.
        func denseRow(_ slot: Int) -> [Int16]? {
            var row = [Int32](repeating: 0, count: 16 * ((classCount + 15) / 16))
            for entry in entries(slot) { row[Int(entry & 0xff)] &+= levels[Int(entry >> 8)] }
            guard row.allSatisfy({ Int16(exactly: $0) != nil }) else { return nil }
            return row.map { Int16($0) }
        }
        func storedLookup(_ print: UInt32) -> Int {
            var slot = SparseWeights.slot(print, size: size)
            while fingerprints[slot] != print { slot = slot + 1 == size ? 0 : slot + 1 }
            return slot
        }
        let kept = (0..<size).filter { fingerprints[$0] != 0 && storedLookup(fingerprints[$0]) == $0 }
        // Dense rows in slot order, so the second pass below meets them in turn.
        var denseSlots: [Int] = [], dense: [Int16] = []
        var long = 0
        for slot in kept {
            let count = entries(slot).count
            guard count > Self.inline else { continue }
            if count >= Self.denseMinimum, let row = denseRow(slot) {
                denseSlots.append(slot)
                dense.append(contentsOf: row)
            } else { long += count }
        }
        // About 60 % full, as the stored table.
        bucketCount = max(1, kept.count * 5 / (3 * Self.bucketRecords) + 1)
        let levelBytes = 256 * MemoryLayout<Int32>.stride
        let recordBytes = bucketCount * Self.bucketWords * MemoryLayout<UInt64>.stride
        let denseBytes = denseSlots.count * chunkCount * MemoryLayout<SIMD16<Int16>>.stride
        memory = Self.allocate(bytes: levelBytes + recordBytes + denseBytes + long * MemoryLayout<UInt16>.stride)
        self.levels = memory.bindMemory(to: Int32.self, capacity: 256)
        self.levels.update(from: levels, count: 256)
        records = (memory + levelBytes).bindMemory(to: UInt64.self, capacity: bucketCount * Self.bucketWords)
        denseRows = (memory + levelBytes + recordBytes).bindMemory(to: SIMD16<Int16>.self, capacity: denseSlots.count * chunkCount)
        overflow = (memory + levelBytes + recordBytes + denseBytes).bindMemory(to: UInt16.self, capacity: long)

        dense.withUnsafeBytes { UnsafeMutableRawBufferPointer(start: denseRows, count: denseBytes).copyMemory(from: $0) }
        var used = 0, rowCount = 0
        for slot in kept {
            var words: (UInt64, UInt64) = (UInt64(fingerprints[slot]), 0)
            let entries = entries(slot)
            if rowCount < denseSlots.count, denseSlots[rowCount] == slot {
                words.1 = Self.denseFlag | UInt64(rowCount)
                rowCount += 1
            } else if entries.count > Self.inline {
                words.1 = UInt64(used) | UInt64(entries.count) << 32
                for entry in entries { overflow[used] = UInt16(entry); used += 1 }
            } else {
                for (place, entry) in entries.enumerated() {
                    if place < 2 { words.0 |= entry << (32 + 16 * place) } else { words.1 |= entry << (16 * (place - 2)) }
                }
            }
            var record = Self.bucketWords * SparseWeights.slot(fingerprints[slot], size: bucketCount)
            while records[record] != 0 {
                record += 2
                if record == bucketCount * Self.bucketWords { record = 0 }
            }
            records[record] = words.0
            records[record + 1] = words.1
        }
    }

    deinit { free(memory) }

    /// Zeroed memory; tables of 2 MiB or more sit on huge pages, because scoring reads them at random
    /// and on 4 KiB pages nearly every lookup would also miss the TLB.
    private static func allocate(bytes: Int) -> UnsafeMutableRawPointer {
        let hugePage = 2 << 20
        let huge = bytes >= hugePage
        let length = huge ? (bytes + hugePage - 1) / hugePage * hugePage : max(bytes, 64)
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, huge ? hugePage : 64, length) == 0, let memory else { fatalError("out of memory") }
        if huge { _ = madvise(memory, length, MADV_HUGEPAGE) }
        memset(memory, 0, length)
        return memory
    }

    /// Sets `scores` to the summed weights of `features` (in units of `smallest / 8`).
    ///
    /// In passes, so that the cache misses of all features are in flight together instead of each
    /// waiting behind the previous feature's work: prefetch every feature's home bucket; find each
    /// record, add its inline entries and prefetch its long list or dense row; add those.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        for c in 0..<classCount { scores[c] = 0 }
        let bucketCount = self.bucketCount, records = self.records, levels = self.levels
        let overflow = self.overflow, denseRows = self.denseRows, chunkCount = self.chunkCount
        let wordCount = bucketCount * Self.bucketWords
        @inline(__always) func add(_ entry: UInt64) {
            scores[Int(entry & 0xff)] &+= levels[Int((entry >> 8) & 0xff)]
        }
        for key in features {
            prefetch(records + Self.bucketWords * SparseWeights.slot(SparseWeights.fingerprint(key), size: bucketCount))
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { longLists in
            var longCount = 0
            for key in features {
                let print = SparseWeights.fingerprint(key)
                var record = Self.bucketWords * SparseWeights.slot(print, size: bucketCount)
                var word = records[record]
                var found = true
                while UInt32(truncatingIfNeeded: word) != print {
                    if UInt32(truncatingIfNeeded: word) == 0 { found = false; break }
                    record += 2
                    if record == wordCount { record = 0 }
                    word = records[record]
                }
                guard found else { continue }
                let rest = records[record + 1]
                if word >> 32 != 0 {
                    add(word >> 32); add(word >> 48)
                    add(rest); add(rest >> 16); add(rest >> 32); add(rest >> 48)
                } else if rest != 0 {
                    let first: UnsafeRawPointer, end: UnsafeRawPointer
                    if rest & Self.denseFlag != 0 {
                        first = UnsafeRawPointer(denseRows + Int(UInt32(truncatingIfNeeded: rest)) * chunkCount)
                        end = first + chunkCount * MemoryLayout<SIMD16<Int16>>.stride
                    } else {
                        first = UnsafeRawPointer(overflow + Int(UInt32(truncatingIfNeeded: rest)))
                        end = first + Int(rest >> 32) * MemoryLayout<UInt16>.stride
                    }
                    var line = UInt(bitPattern: first) & ~63
                    while line < UInt(bitPattern: end) {
                        prefetch(UnsafeRawPointer(bitPattern: line)!)
                        line += 64
                    }
                    longLists[longCount] = rest
                    longCount += 1
                }
            }
            addLongLists(UnsafeBufferPointer(start: longLists.baseAddress, count: longCount), into: scores)
        }
    }

    @inline(__always)
    private func addLongLists(_ lists: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        let chunkCount = self.chunkCount, denseRows = self.denseRows, overflow = self.overflow, levels = self.levels
        withUnsafeTemporaryAllocation(of: SIMD16<Int32>.self, capacity: chunkCount) { sums in
            for k in 0..<chunkCount { sums[k] = .zero }
            for list in lists {
                if list & Self.denseFlag != 0 {
                    let row = denseRows + Int(UInt32(truncatingIfNeeded: list)) * chunkCount
                    for k in 0..<chunkCount { sums[k] &+= SIMD16<Int32>(truncatingIfNeeded: row[k]) }
                } else {
                    let start = Int(UInt32(truncatingIfNeeded: list))
                    for e in start..<(start + Int(list >> 32)) {
                        let entry = overflow[e]
                        scores[Int(entry & 0xff)] &+= levels[Int(entry >> 8)]
                    }
                }
            }
            UnsafeRawPointer(sums.baseAddress!).withMemoryRebound(to: Int32.self, capacity: 16 * chunkCount) { sums in
                for c in 0..<classCount { scores[c] &+= sums[c] }
            }
        }
    }
}
