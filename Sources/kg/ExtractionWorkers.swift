import Foundation
import KGCore
import KGPipeline
import KGReader

/// Extraction in child processes (`kg worker`), so that an article that traps or hangs the
/// extractor costs only itself: its worker is replaced, the article is reported as failed, and
/// the run goes on. Safe to call from several threads; each call uses a worker of its own.
///
///     let workers = try ExtractionWorkers(timeout: 60)
///     defer { workers.stop() }
///     switch try workers.extract(article) {
///     case .extracted(let extraction): try store.ingest(extraction)
///     case .failed(let problem): print(problem)   // "news/a.txt: error: extraction crashed (signal 4)"
///     }
final class ExtractionWorkers: @unchecked Sendable {
    enum Result: Sendable {
        case extracted(Extraction)
        case failed(ReadProblem)
    }

    /// A worker that could not start at all (missing models, say): no article can be extracted.
    struct StartError: DiagnosticConvertible, CustomStringConvertible {
        var description: String
    }

    /// Seconds one article may take before its worker is killed.
    let timeout: Double
    private let executable: String
    private let environment: [String]
    private let lock = NSLock()
    private var idle: [WorkerProcess] = []

    init(timeout: Double) {
        self.timeout = timeout
        executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        var environment = ProcessInfo.processInfo.environment
        // The article's path says what crashed; the runtime's backtrace would only add seconds and noise.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        self.environment = environment.map { "\($0.key)=\($0.value)" }
        // A worker that dies while a request is being written must not take the writer with it.
        signal(SIGPIPE, SIG_IGN)
    }

    func extract(_ article: Article) throws -> Result {
        let worker = try checkOut()
        var request = try JSONEncoder().encode(article)
        request.append(UInt8(ascii: "\n"))
        var reader = ContractReader(source: article.source)
        var answer: ContractReader.Event?
        var badLine: Error?
        let outcome = worker.exchange(Array(request), timeout: timeout) { line in
            do { answer = try reader.read(line) } catch { badLine = error }
            return answer != nil || badLine != nil
        }
        switch (outcome, answer) {
        case (.answered, .extraction(var extraction)?):
            checkIn(worker)
            extraction.article = article  // the worker's copy has no text
            return .extracted(extraction)
        case (.answered, .failure(let problem)?):
            checkIn(worker)
            return .failed(problem)
        case (.answered, nil):
            worker.terminate()
            return .failed(ReadProblem(source: article.source, reason: "extraction worker answered badly: \(badLine.map { "\($0)" } ?? "")"))
        case (.timedOut, _):
            worker.terminate()
            return .failed(ReadProblem(source: article.source, reason: "extraction timed out after \(Self.seconds(timeout)) s"))
        case (.died(.signal(let signal)), _):
            return .failed(ReadProblem(source: article.source, reason: "extraction crashed (signal \(signal))"))
        case (.died(.exit(let status)), _):
            return .failed(ReadProblem(source: article.source, reason: "extraction worker exited with status \(status)"))
        }
    }

    /// Stops the idle workers; call once the run is over.
    func stop() {
        lock.lock()
        let workers = idle
        idle = []
        lock.unlock()
        for worker in workers { worker.stop() }
    }

    private func checkOut() throws -> WorkerProcess {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        let worker: WorkerProcess
        do {
            worker = try WorkerProcess(executable: executable, environment: environment)
        } catch {
            throw StartError(description: "cannot start an extraction worker: \(error)")
        }
        switch worker.exchange([], timeout: Self.startTimeout, isLast: { $0 == Worker.readyLine }) {
        case .answered:
            return worker
        case .timedOut:
            worker.terminate()
            throw StartError(description: "an extraction worker did not load its models within \(Int(Self.startTimeout)) s")
        case .died(let termination):
            throw StartError(description: "an extraction worker (\(executable) worker) ended while loading its models "
                + "(\(termination)); its error is above")
        }
    }

    /// Loading the models takes well under a second in a release build, several in a debug build.
    static let startTimeout = 120.0

    private func checkIn(_ worker: WorkerProcess) {
        lock.lock()
        idle.append(worker)
        lock.unlock()
    }

    /// `60` for whole seconds, `2.5` otherwise.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
