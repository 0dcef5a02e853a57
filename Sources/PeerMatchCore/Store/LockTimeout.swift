/// How long a writer waits for another one: `PEERMATCH_LOCK_TIMEOUT` seconds,
/// default 5. A value that is not a number of seconds is an error, not
/// silently the default: a typo must not turn a wait of 60 s into 5.
public enum LockTimeout {
    public static let defaultSeconds = 5.0
    public static let variable = "PEERMATCH_LOCK_TIMEOUT"

    public static func fromEnvironment(_ environment: [String: String] = currentEnvironment()) throws -> Double {
        guard let text = environment[variable], !text.isEmpty else { return defaultSeconds }
        guard let seconds = parse(text) else { throw StoreError.badLockTimeout(value: text) }
        return seconds
    }

    /// Plain decimal seconds, 0 to one day ("5", "0.5"); nil for anything else
    /// ("5s", "-1", "inf", "nan", "0x10").
    static func parse(_ text: String) -> Double? {
        var dots = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ".") { dots += 1; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
        }
        guard dots <= 1, text != ".", let value = Double(text), value <= 86_400 else { return nil }
        return value
    }
}
