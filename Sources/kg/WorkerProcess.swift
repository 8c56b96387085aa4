import Foundation
import KGCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One child process running `kg worker`, talked to over two pipes: requests on its standard
/// input, answers on its standard output. Its standard error is the parent's, so what the
/// runtime prints when it traps ("Fatal error: Index out of range") reaches the user.
final class WorkerProcess {
    /// How one request ended.
    enum Outcome {
        /// `isLast` accepted a line as the end of the answer.
        case answered
        /// The worker's output closed before the answer was complete: it crashed or exited.
        case died(Termination)
        case timedOut
    }

    enum Termination: Equatable, CustomStringConvertible {
        case signal(Int32)
        case exit(Int32)

        var description: String {
            switch self {
            case .signal(let signal): "signal \(signal)"
            case .exit(let status): "exit status \(status)"
            }
        }
    }

    struct SpawnError: DiagnosticConvertible, CustomStringConvertible {
        var description: String
    }

    private static let spawning = NSLock()

    let pid: pid_t
    private var requests: Int32
    private let answers: Int32
    private var buffered: [UInt8] = []
    private var reaped = false

    /// Starts `executable worker` with `environment` (`NAME=value` strings).
    init(executable: String, environment: [String]) throws {
        // Pipes are made and marked close-on-exec under one lock, so a worker started by another
        // thread at the same moment never inherits this one's ends.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        var toWorker: [Int32] = [-1, -1], fromWorker: [Int32] = [-1, -1]
        guard pipe(&toWorker) == 0 else { throw SpawnError(description: String(cString: strerror(errno))) }
        guard pipe(&fromWorker) == 0 else {
            let reason = String(cString: strerror(errno))
            close(toWorker[0]); close(toWorker[1])
            throw SpawnError(description: reason)
        }
        for end in toWorker + fromWorker { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
        let arguments: [String] = [executable, "worker"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toWorker[0])
        close(fromWorker[1])
        guard status == 0 else {
            close(toWorker[1]); close(fromWorker[0])
            throw SpawnError(description: "\(executable): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        requests = toWorker[1]
        answers = fromWorker[0]
        // Written between polls, so a full pipe never blocks the wait for answers or the deadline.
        _ = fcntl(requests, F_SETFL, fcntl(requests, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        closeRequests()
        close(answers)
        if !reaped { terminate() }
    }

    /// Sends `request` and hands each line of the answer to `isLast` until it returns true, the
    /// worker dies, or `timeout` seconds pass.
    func exchange(_ request: [UInt8], timeout: Double, isLast: (String) -> Bool) -> Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        var written = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var fds = [pollfd(fd: answers, events: Int16(POLLIN), revents: 0)]
            if written < request.count { fds.append(pollfd(fd: requests, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { return .died(reap()) }
            if ready <= 0 { continue }
            if fds.count > 1, fds[1].revents != 0 {
                let count = request.withUnsafeBytes { write(requests, $0.baseAddress! + written, request.count - written) }
                if count > 0 {
                    written += count
                } else if count < 0 && errno != EAGAIN && errno != EINTR {
                    written = request.count  // the worker is gone; its output will say how
                }
            }
            guard fds[0].revents != 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return .died(reap()) }
            buffered += chunk[..<count]
            // Lines are cut from the front once per read, not once per line, so a long answer stays linear.
            var start = 0
            defer { buffered.removeSubrange(..<start) }
            while let newline = buffered[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffered[start..<newline], as: UTF8.self)
                start = newline + 1
                if isLast(line) { return .answered }
            }
        }
    }

    /// Ends the worker: closing its input lets it exit by itself within a second, or it is killed.
    func stop() {
        closeRequests()
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                return
            }
            usleep(20_000)
        }
        terminate()
    }

    /// Kills the worker at once (a time-out) and collects it.
    func terminate() {
        kill(pid, SIGKILL)
        _ = reap()
    }

    private func closeRequests() {
        guard requests >= 0 else { return }
        close(requests)
        requests = -1
    }

    /// Waits for the worker to end and says how it ended.
    private func reap() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        let signal = status & 0x7f
        return signal != 0 ? .signal(signal) : .exit((status >> 8) & 0xff)
    }
}
