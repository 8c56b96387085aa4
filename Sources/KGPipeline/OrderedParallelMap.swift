import Foundation

/// Runs `work` on each element of `inputs` on `jobs` threads and hands the results to
/// `consume` on the calling thread in input order, so a single writer sees exactly what a
/// serial run would. The iterator is advanced by one thread at a time (under the lock); at most
/// `jobs * 4` results wait in memory. When `consume` throws, the workers stop taking inputs and
/// the error is rethrown once they have finished their current one.
public func orderedParallelMap<Inputs: IteratorProtocol & SendableMetatype, Output: Sendable>(
    _ inputs: Inputs, jobs: Int, work: @escaping @Sendable (Inputs.Element) -> Output, consume: (Output) throws -> Void
) throws {
    if jobs <= 1 {
        var inputs = inputs
        while let input = inputs.next() { try consume(work(input)) }
        return
    }
    let queue = OrderedResults<Inputs, Output>(inputs, window: jobs * 4)
    let finished = DispatchGroup()
    for _ in 0..<jobs {
        finished.enter()
        let thread = Thread {
            while let (index, input) = queue.claim() { queue.deliver(work(input), at: index) }
            finished.leave()
        }
        thread.stackSize = 8 << 20  // parsers recurse; match the main thread's stack
        thread.start()
    }
    defer { finished.wait() }
    do {
        var index = 0
        while let output = queue.take(index) {
            try consume(output)
            index += 1
        }
    } catch {
        queue.cancel()
        throw error
    }
}

/// The inputs and the finished results between the workers and the one consumer, guarded by
/// one condition variable.
private final class OrderedResults<Inputs: IteratorProtocol, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var inputs: Inputs
    private let window: Int
    private var results: [Int: Output] = [:]
    private var claimed = 0
    private var taken = 0
    private var exhausted = false
    private var cancelled = false

    init(_ inputs: Inputs, window: Int) {
        self.inputs = inputs
        self.window = window
    }

    /// The next input and its position, waiting while the consumer is `window` results behind;
    /// nil when the inputs are exhausted or the run was cancelled.
    func claim() -> (Int, Inputs.Element)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && !exhausted && claimed >= taken + window { condition.wait() }
        guard !cancelled && !exhausted else { return nil }
        guard let input = inputs.next() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        claimed += 1
        return (claimed - 1, input)
    }

    func deliver(_ output: Output, at index: Int) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result at `index` and removes it; nil once every input has been taken.
    func take(_ index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil && !(exhausted && index >= claimed) { condition.wait() }
        guard let output = results.removeValue(forKey: index) else { return nil }
        taken = index + 1
        condition.broadcast()
        return output
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
