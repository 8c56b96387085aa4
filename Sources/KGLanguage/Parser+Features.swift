extension Parser {
    static let featureCount = 112

    /// Writes the feature keys of `state`. Positions: s0–s2 the stack top down, b0–b2 the buffer
    /// front on; l1/l2 and r1/r2 a word's nearest and second-nearest left and right dependents.
    @inline(__always)
    static func features(_ state: ArcHybrid, context: ParserContext, into f: UnsafeMutableBufferPointer<UInt64>) -> Int {
        typealias H = FeatureHash
        let none: UInt64 = 0x4e4f_4e45
        let n = state.count
        let stack = state.stack
        let depth = stack.count
        let s0 = depth > 0 ? stack[depth - 1] : -1
        let s1 = depth > 1 ? stack[depth - 2] : -1
        let s2 = depth > 2 ? stack[depth - 3] : -1
        let b0 = state.next
        let b1 = b0 + 1 <= n ? b0 + 1 : -1
        let b2 = b0 + 2 <= n ? b0 + 2 : -1

        @inline(__always) func w(_ x: Int) -> UInt64 { x < 0 ? none : context.words[x] }
        @inline(__always) func t(_ x: Int) -> UInt64 { x < 0 ? none : context.tags[x] }
        @inline(__always) func l(_ x: Int) -> UInt64 { x < 0 ? none : UInt64(state.labels[x]) }
        @inline(__always) func left(_ x: Int) -> Int { x < 0 ? -1 : state.leftmost[x] }
        @inline(__always) func left2(_ x: Int) -> Int { x < 0 ? -1 : state.leftmost2[x] }
        @inline(__always) func right(_ x: Int) -> Int { x < 0 ? -1 : state.rightmost[x] }
        @inline(__always) func right2(_ x: Int) -> Int { x < 0 ? -1 : state.rightmost2[x] }
        @inline(__always) func bucket(_ d: Int) -> UInt64 { d <= 4 ? UInt64(d) : d <= 7 ? 5 : d <= 11 ? 6 : 7 }

        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2w = w(s2), s2t = t(s2)
        let b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2)
        let s0l1 = left(s0), s0l2 = left2(s0), s0r1 = right(s0), s0r2 = right2(s0)
        let s1l1 = left(s1), s1r1 = right(s1), s1r2 = right2(s1)
        let b0l1 = left(b0), b0l2 = left2(b0)
        let s0l1t = t(s0l1), s0r1t = t(s0r1), b0l1t = t(b0l1), s1r1t = t(s1r1)
        // Distance to the buffer front; the root gets its own value.
        let d01: UInt64 = s0 < 0 ? 9 : b0 == n ? 8 : bucket(b0 - s0)
        let d10: UInt64 = s1 < 0 ? 9 : bucket(s0 - s1)
        let s0vl = s0 < 0 ? none : UInt64(state.leftCount[s0]), s0vr = s0 < 0 ? none : UInt64(state.rightCount[s0])
        let b0vl = UInt64(state.leftCount[b0]), s1vr = s1 < 0 ? none : UInt64(state.rightCount[s1])
        let s1vl = s1 < 0 ? none : UInt64(state.leftCount[s1])
        let s0ls = s0 < 0 ? none : state.leftLabels[s0], s0rs = s0 < 0 ? none : state.rightLabels[s0]
        let b0ls = state.leftLabels[b0], s1rs = s1 < 0 ? none : state.rightLabels[s1]

        var k = 0
        @inline(__always) func add(_ key: UInt64) { f[k] = key; k += 1 }
        // Single positions.
        add(H.key(1, s0w)); add(H.key(2, s0t)); add(H.key(3, s0w, s0t))
        add(H.key(4, s1w)); add(H.key(5, s1t)); add(H.key(6, s1w, s1t))
        add(H.key(7, b0w)); add(H.key(8, b0t)); add(H.key(9, b0w, b0t))
        add(H.key(10, b1w)); add(H.key(11, b1t)); add(H.key(12, b1w, b1t))
        add(H.key(13, b2w)); add(H.key(14, b2t)); add(H.key(15, s2t)); add(H.key(16, s2w, s2t))
        // Pairs of the two words an action links: s0–b0 (LEFT) and s1–s0 (RIGHT).
        add(H.key(17, s0w, s0t, b0w, b0t)); add(H.key(18, s0w, s0t, b0w)); add(H.key(19, s0w, b0w, b0t))
        add(H.key(20, s0w, s0t, b0t)); add(H.key(21, s0t, b0w, b0t)); add(H.key(22, s0w, b0w)); add(H.key(23, s0t, b0t))
        add(H.key(24, b0t, b1t))
        add(H.key(25, s1w, s1t, s0w, s0t)); add(H.key(26, s1w, s1t, s0w)); add(H.key(27, s1w, s0w, s0t))
        add(H.key(28, s1w, s1t, s0t)); add(H.key(29, s1t, s0w, s0t)); add(H.key(30, s1w, s0w)); add(H.key(31, s1t, s0t))
        // Tag trigrams.
        add(H.key(32, b0t, b1t, b2t)); add(H.key(33, s0t, b0t, b1t)); add(H.key(34, s1t, s0t, b0t))
        add(H.key(35, s0t, s0l1t, b0t)); add(H.key(36, s0t, s0r1t, b0t)); add(H.key(37, s0t, b0t, b0l1t))
        add(H.key(38, s2t, s1t, s0t)); add(H.key(39, s1t, s1r1t, s0t)); add(H.key(40, s1t, s0t, s0l1t))
        add(H.key(41, s1t, s0t, s0r1t))
        add(H.key(42, s0t, s0l1t, t(s0l2))); add(H.key(43, s0t, s0r1t, t(s0r2))); add(H.key(44, b0t, b0l1t, t(b0l2)))
        add(H.key(45, s1t, s1r1t, t(s1r2)))
        // Distance.
        add(H.key(46, s0w, d01)); add(H.key(47, s0t, d01)); add(H.key(48, b0w, d01)); add(H.key(49, b0t, d01))
        add(H.key(50, s0w, b0w, d01)); add(H.key(51, s0t, b0t, d01))
        add(H.key(52, s1t, s0t, d10)); add(H.key(53, s1w, s0w, d10)); add(H.key(54, s1w, d10)); add(H.key(55, s0w, d10))
        // Valency.
        add(H.key(56, s0w, s0vr)); add(H.key(57, s0t, s0vr)); add(H.key(58, s0w, s0vl)); add(H.key(59, s0t, s0vl))
        add(H.key(60, b0w, b0vl)); add(H.key(61, b0t, b0vl)); add(H.key(62, s1t, s1vr)); add(H.key(63, s1w, s1vr))
        add(H.key(64, s1t, s1vl))
        // Dependents.
        add(H.key(65, w(s0l1))); add(H.key(66, s0l1t)); add(H.key(67, l(s0l1)))
        add(H.key(68, w(s0r1))); add(H.key(69, s0r1t)); add(H.key(70, l(s0r1)))
        add(H.key(71, t(s0l2), l(s0l2))); add(H.key(72, t(s0r2), l(s0r2)))
        add(H.key(73, w(b0l1))); add(H.key(74, b0l1t)); add(H.key(75, l(b0l1))); add(H.key(76, t(b0l2), l(b0l2)))
        add(H.key(77, w(s1r1), s1r1t)); add(H.key(78, l(s1r1))); add(H.key(79, t(s1l1), l(s1l1)))
        // Label sets.
        add(H.key(80, s0w, s0rs)); add(H.key(81, s0t, s0rs)); add(H.key(82, s0w, s0ls)); add(H.key(83, s0t, s0ls))
        add(H.key(84, b0w, b0ls)); add(H.key(85, b0t, b0ls)); add(H.key(86, s1t, s1rs))
        add(H.key(87, s0t, l(s0l1), l(s0r1)))
        // Coarse (universal) tags, which pool the evidence of their fine tags.
        @inline(__always) func u(_ x: Int) -> UInt64 { x < 0 ? none : context.coarse[x] }
        let s0u = u(s0), s1u = u(s1), b0u = u(b0), b1u = u(b1)
        add(H.key(88, s0u, b0u)); add(H.key(89, s1u, s0u)); add(H.key(90, s1u, s0u, b0u)); add(H.key(91, s0u, b0u, b1u))
        add(H.key(92, s0w, b0u)); add(H.key(93, s0u, b0w)); add(H.key(94, s1w, s0u)); add(H.key(95, s1u, s0w))
        // Words next to s0 and b0 in the sentence, whether attached yet or not.
        let before = b0 > 0 ? b0 - 1 : -1
        let s0next = s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1
        let s0prev = s0 > 0 ? s0 - 1 : -1
        add(H.key(96, t(before), b0t)); add(H.key(97, s0t, t(s0next))); add(H.key(98, t(s0prev), s0t))
        add(H.key(99, s0t, t(s0next), t(before), b0t)); add(H.key(100, t(s0prev), s0t, b0t))
        add(H.key(101, w(before), b0t)); add(H.key(102, s0t, w(s0next)))
        // The pair s1–b0, which RIGHT-ARC versus SHIFT often decides between.
        add(H.key(103, s1t, b0t)); add(H.key(104, s1w, b0t)); add(H.key(105, s1t, b0w)); add(H.key(106, s1t, s0t, b0t, b1t))
        add(H.key(107, b0w, b1w)); add(H.key(108, b0w, b0t, b1t)); add(H.key(109, s0w, s0t, b1t))
        add(H.key(110, s1t, l(s1l1), l(s1r1))); add(H.key(111, b0t, l(b0l1), l(b0l2)))
        return k
    }
}
