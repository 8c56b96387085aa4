/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
/// with the artificial root at the end of the buffer (Ballesteros & Nivre 2013), so that the root
/// attachment is decided last. Words are 0..<count; the root is `count`.
///
/// Actions: 0 shifts; `1 + l` is LEFT-ARC with label `l` (the stack top becomes a dependent of
/// the buffer front); `1 + labelCount + l` is RIGHT-ARC with label `l` (the stack top becomes a
/// dependent of the word below it).
final class ArcHybrid {
    let count: Int
    let labelCount: Int
    let rootLabel: Int
    private(set) var stack: [Int] = []
    /// The buffer front; `count` is the root.
    private(set) var next = 0
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    /// Nearest and second-nearest left and right dependents, -1 when absent.
    private(set) var leftmost: [Int], leftmost2: [Int], rightmost: [Int], rightmost2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]
    /// Bit sets of the labels of the left and right dependents.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count: Int, labelCount: Int, rootLabel: Int) {
        self.count = count
        self.labelCount = labelCount
        self.rootLabel = rootLabel
        let none = [Int](repeating: -1, count: count + 1)
        heads = none; labels = none
        leftmost = none; leftmost2 = none; rightmost = none; rightmost2 = none
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    var actionCount: Int { 1 + 2 * labelCount }
    var isTerminal: Bool { stack.isEmpty && next == count }

    /// The one legal action of a state that allows no other: SHIFT onto an empty stack, and the
    /// root's LEFT-ARC once every word but one is attached. Nil when there is a choice (or none).
    var forcedAction: Int? {
        if stack.isEmpty { return next < count ? 0 : nil }
        return next == count && stack.count == 1 ? 1 + rootLabel : nil
    }

    @inline(__always) func isLegal(_ action: Int) -> Bool {
        if action == 0 { return next < count }
        if action <= labelCount {
            guard !stack.isEmpty else { return false }
            let label = action - 1
            return next == count ? (stack.count == 1 && label == rootLabel) : label != rootLabel
        }
        return stack.count >= 2 && action - 1 - labelCount != rootLabel
    }

    func apply(_ action: Int) {
        if action == 0 {
            stack.append(next)
            next += 1
        } else if action <= labelCount {
            attach(stack.removeLast(), to: next, label: action - 1)
        } else {
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: action - 1 - labelCount)
        }
    }

    private func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            // Left dependents arrive right to left, so the newest is the leftmost.
            leftmost2[head] = leftmost[head]
            leftmost[head] = dependent
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            rightmost2[head] = rightmost[head]
            rightmost[head] = dependent
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }
}
