#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The clocks `kg bench` reads, in seconds: wall time, this thread's CPU time and the whole
/// process's CPU time (user + system, from getrusage, so every thread counts).
enum BenchClock {
    static func wall() -> Double { read(CLOCK_MONOTONIC) }

    static func threadCPU() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(ownProcess, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// CPU time (user + system) of the children this process has waited for.
    static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(ownChildren, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident set of this process so far (ru_maxrss; kilobytes on Linux, bytes on macOS).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(ownProcess, &usage)
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    #if canImport(Glibc)
    private static let ownProcess = __rusage_who_t(RUSAGE_SELF.rawValue)
    private static let ownChildren = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
    #else
    private static let ownProcess = RUSAGE_SELF
    private static let ownChildren = RUSAGE_CHILDREN
    #endif

    private static func read(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}

/// Wall and process CPU time since `start()`.
struct Stopwatch {
    private let wall0 = BenchClock.wall()
    private let cpu0 = BenchClock.processCPU()

    var wall: Double { BenchClock.wall() - wall0 }
    var cpu: Double { BenchClock.processCPU() - cpu0 }
}

/// Nearest-rank percentile (`p` in 0...100) of unsorted samples; 0 for none.
func percentile(_ samples: [Double], _ p: Double) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sorted = samples.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
}
