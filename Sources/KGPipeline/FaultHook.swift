import Foundation

/// A testing hook, set by the environment variable `KG_FAULT`: `trap:TEXT` makes extraction
/// trap, and `hang:TEXT` makes it never return, on any article whose text contains TEXT. The
/// tests of crash isolation use it to prove that one bad article cannot take down an ingest.
struct FaultHook: Sendable {
    enum Fault: String, Sendable { case trap, hang }
    let fault: Fault
    let trigger: String

    /// The hook `KG_FAULT` asks for, or nil when it is unset or not of the form `trap:TEXT`/`hang:TEXT`.
    static let fromEnvironment: FaultHook? = {
        guard let value = ProcessInfo.processInfo.environment["KG_FAULT"],
              let colon = value.firstIndex(of: ":"),
              let fault = Fault(rawValue: String(value[..<colon])) else { return nil }
        let trigger = String(value[value.index(after: colon)...])
        return trigger.isEmpty ? nil : FaultHook(fault: fault, trigger: trigger)
    }()

    func fire(on text: String) {
        guard text.contains(trigger) else { return }
        switch fault {
        case .trap:
            fatalError("KG_FAULT: trap on an article containing \"\(trigger)\"")
        case .hang:
            while true { sleep(3600) }
        }
    }
}
