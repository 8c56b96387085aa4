/// The speed targets of issue 8, checked against what was measured; a target whose figure is
/// absent is not listed.
enum BenchTargets {
    static func check(_ report: BenchReport) -> [BenchReport.Target] {
        var targets: [BenchReport.Target] = []
        func add(_ name: String, _ value: Double?, _ target: String, _ met: (Double) -> Bool) {
            if let value { targets.append(.init(name: name, value: value, target: target, met: met(value))) }
        }
        add("extraction vs peer (words per CPU-second)", report.speedupVsPeer, "≥ 10×") { $0 >= 10 }
        add("shortest path p50 (ms)", report.pathP50Ms, "≤ 2") { $0 <= 2 }
        add("shortest path p99 (ms)", report.pathP99Ms, "≤ 20") { $0 <= 20 }
        add("shell start-up to first answer (ms)", report.startupMs, "≤ 100") { $0 <= 100 }
        add("all models loaded (ms)", report.modelLoadMs, "≤ 300") { $0 <= 300 }
        add("peak memory with the graph loaded (MB)", report.peakRSSMb, "≤ 300") { $0 <= 300 }
        add("ingest wall time in the store (%)", report.ingest.map { $0.storeShare * 100 }, "< 10") { $0 < 10 }
        return targets
    }
}
