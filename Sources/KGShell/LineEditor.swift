@preconcurrency import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal side of the shell: libedit's readline layer with history and Tab completion.
/// C callbacks cannot capture context, so the state they read lives in globals here.
nonisolated(unsafe) private var activeCompletion = Completion()
nonisolated(unsafe) private var pendingMatches: [String] = []
nonisolated(unsafe) private var nextMatch = 0
nonisolated(unsafe) private var interruptCount: sig_atomic_t = 0
/// `interruptCount` when libedit began waiting for the line (its pre-input hook).
nonisolated(unsafe) private var interruptsAtInput: sig_atomic_t = 0
/// A character read just after a Ctrl-C: it was typed for the next line, so the next read returns it.
nonisolated(unsafe) private var characterForNextLine: Int32 = -1

public final class LineEditor {
    public let historyPath: String?

    /// - Parameter historyPath: where history is read from and appended to; nil keeps none.
    public init(historyPath: String?) {
        self.historyPath = historyPath
        useUTF8Characters()
        rl_readline_name = UnsafePointer(strdup("kg"))
        rl_attempted_completion_function = { text, start, _ in
            let word = text.map { String(cString: $0) } ?? ""
            var before = ""
            if let buffer = rl_line_buffer {
                let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(max(0, start)))
                before = String(decoding: bytes, as: UTF8.self)
            }
            rl_attempted_completion_over = 1
            pendingMatches = activeCompletion.candidates(for: word, after: before)
            nextMatch = 0
            guard let text, !pendingMatches.isEmpty else { return nil }
            return rl_completion_matches(text) { _, _ in
                guard nextMatch < pendingMatches.count else { return nil }
                defer { nextMatch += 1 }
                return strdup(pendingMatches[nextMatch])
            }
        }
        rl_pre_input_hook = {
            interruptsAtInput = interruptCount
            return 0
        }
        rl_getc_function = { stream in readCharacter(from: stream.map(fileno) ?? STDIN_FILENO) }
        using_history()
        stifle_history(2000)
        if let historyPath { _ = read_history(historyPath) }
        installInterruptHandler()
    }

    /// The names Tab completes: named entities' spellings, then concepts'.
    public func setNames(_ names: [String], concepts: [String]) {
        activeCompletion.names = names
        activeCompletion.concepts = concepts
    }

    /// Ctrl-C presses so far; a query compares it with the count it started with.
    public var interruptions: Int { Int(interruptCount) }

    /// Ctrl-C abandons the line being edited or the running query: the handler only counts;
    /// `readLine` sees the interrupted read come back empty, a query polls `interruptions`.
    private func installInterruptHandler() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in interruptCount += 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in interruptCount += 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the blocked read must return
        sigaction(SIGINT, &action, nil)
    }

    public enum Input: Equatable { case line(String), interrupted, end }

    public func readLine(prompt: String) -> Input {
        let before = interruptCount
        interruptsAtInput = before
        guard let raw = readline(prompt) else {
            if interruptCount != before { print(""); return .interrupted }
            return .end
        }
        defer { free(raw) }
        // Only a Ctrl-C while the line was being typed abandons it. One pressed while the shell was
        // still busy (before libedit waited for input) has already flushed the terminal's input, so
        // what comes back was typed after it.
        if interruptCount != interruptsAtInput { return .interrupted }
        return .line(String(cString: raw))
    }

    /// libedit shows and returns the characters typed through the C library's character set,
    /// which is ASCII until a program asks for its user's locale: names such as "Kyïv" lost their
    /// "ï". kg's text is UTF-8 throughout, so a locale that is not UTF-8 falls back to C.UTF-8.
    private func useUTF8Characters() {
        if setlocale(LC_CTYPE, "") != nil, String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// Records a whole entered query in the history file.
    public func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        add_history(entry)
        if let historyPath { _ = write_history(historyPath) }
    }

    /// `$XDG_STATE_HOME/kg/history`, else `~/.local/state/kg/history`; creates the folder.
    public static func defaultHistoryPath() -> String? {
        let environment = { (name: String) -> String? in
            getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let state = environment("XDG_STATE_HOME") ?? environment("HOME").map({ $0 + "/.local/state" }) else { return nil }
        var folder = ""
        for part in (state + "/kg").split(separator: "/") {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
        return folder + "/history"
    }
}

/// libedit's character source. A Ctrl-C only counts in its handler, and libedit retries a read the
/// signal cut short, so on its own it would see the interrupt only when the line was entered, and
/// lose what was typed after the Ctrl-C with the abandoned line. Here the first read that notices
/// the interrupt ends the line (end of input, which `readLine` reports as `.interrupted`) and keeps
/// the character it read for the next line. Returns a Unicode scalar, or -1 at the end.
private func readCharacter(from descriptor: Int32) -> Int32 {
    if characterForNextLine >= 0 {
        defer { characterForNextLine = -1 }
        return characterForNextLine
    }
    let interrupted = { interruptCount != interruptsAtInput }
    func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return byte }
            guard count < 0, errno == EINTR, !interrupted() else { return nil }
        }
    }
    guard let lead = readByte() else { return -1 }
    // libedit takes the value as a wide character, so a UTF-8 sequence is decoded here.
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    var bytes = [lead]
    while bytes.count < length, let next = readByte() { bytes.append(next) }
    let character = Int32(String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD)
    if interrupted() {
        characterForNextLine = character
        return -1
    }
    return character
}
