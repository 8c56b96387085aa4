import Foundation

/// The human-readable report of `kg bench`.
public enum BenchText {
    public static func render(_ r: BenchReport) -> String {
        var lines: [String] = []
        lines.append("kg bench\(r.quick ? " --quick" : "") on \(r.machine.cores) cores, \(r.machine.cpu) (load \(r.machine.loadAverage))")
        if let c = r.corpus {
            lines.append("corpus: \(c.origin): \(c.articles) articles, \(c.sentences) sentences, \(int(c.words)) words")
        }
        if !r.stages.isEmpty {
            lines.append("")
            lines.append("extraction, one thread          CPU s    wall s   words/CPU-s   share")
        }
        for s in r.stages {
            lines.append(pad(s.name, 30) + num(s.cpuSeconds, 9, 3) + num(s.wallSeconds, 10, 3)
                         + pad(int(Int(s.wordsPerCPUSecond)), 14, right: true) + num(s.share * 100, 7, 1) + "%")
        }
        if let cpu = r.wordsPerCPUSecond, let wall = r.wordsPerWallSecond {
            lines.append("end to end (read → relations): \(int(Int(cpu))) words/CPU-s, \(int(Int(wall))) words/wall-s")
        }
        if let p = r.peer {
            lines.append("peer (\(p.command)): \(int(Int(p.wordsPerCPUSecond))) words/CPU-s, \(int(Int(p.wordsPerSecond))) words/wall-s "
                         + "(\(int(p.words)) words by its count)")
        }
        if let x = r.speedupVsPeer { lines.append(String(format: "kg / peer: %.1f×", x)) }
        if let load = r.modelLoadMs {
            lines.append(String(format: "models loaded: %.0f ms (language %@, entities %@)", load,
                                ms(r.languageModelLoadMs), ms(r.entityModelLoadMs)))
        }
        if let i = r.ingest {
            lines.append(String(format: "ingest (%d job%@): %d articles in %.2f s = %.1f articles/s, %.0f edges/s, %@ words/wall-s, %@ words/CPU-s; store %.1f%% of wall time",
                                i.jobs, i.jobs == 1 ? "" : "s", i.articles, i.wallSeconds, i.articlesPerSecond, i.edgesPerSecond,
                                int(Int(i.wordsPerWallSecond)), int(Int(i.wordsPerCPUSecond)), i.storeShare * 100))
        }
        if let g = r.graph {
            lines.append("")
            lines.append(String(format: "graph: %@ entities, %@ edges, built in %.2f s; %d queries each; %d of the paths found",
                                int(g.nodes), int(g.edges), g.buildSeconds, g.queries, g.pathFound))
            lines.append(String(format: "  path A -> B   p50 %.3f ms  p99 %.3f ms", g.pathP50Ms, g.pathP99Ms))
            lines.append(String(format: "  path A -- B   p50 %.3f ms  p99 %.3f ms", g.undirectedP50Ms, g.undirectedP99Ms))
            lines.append(String(format: "  search alone  p50 %.3f ms  p99 %.3f ms", g.searchP50Ms, g.searchP99Ms))
            lines.append(String(format: "  patterns      p50 %.3f ms  p99 %.3f ms  (%d rows)", g.patternP50Ms, g.patternP99Ms, g.patternRows))
        }
        if let s = r.startupMs {
            lines.append(String(format: "start-up to first answer: %.1f ms wall, %.1f ms CPU (kg query '%@')", s, r.startupCPUMs ?? 0,
                                r.startupQuery ?? ""))
        }
        if let m = r.peakRSSMb { lines.append(String(format: "peak memory with the graph loaded: %.1f MB", m)) }
        lines.append(String(format: "peak memory of the whole run: %.1f MB", r.runPeakRSSMb))
        lines.append("")
        if !r.targets.isEmpty { lines.append("targets:") }
        for t in r.targets {
            lines.append("  \(t.met ? "met    " : "NOT MET") \(pad(t.name, 44)) \(String(format: "%.2f", t.value)) (\(t.target))")
        }
        for a in r.absent { lines.append("absent: \(a)") }
        lines.append(String(format: "total %.1f s", r.totalSeconds))
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    private static func num(_ value: Double, _ width: Int, _ decimals: Int) -> String {
        pad(String(format: "%.\(decimals)f", value), width, right: true)
    }

    private static func ms(_ value: Double?) -> String { value.map { String(format: "%.0f ms", $0) } ?? "absent" }

    /// 12345 → "12,345".
    private static func int(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (value < 0 ? "-" : "") + out
    }
}
