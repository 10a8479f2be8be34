/// The engine's version, shown by `--version` and in SARIF.
public enum ISOPlanVersion {
    public static let current = "0.1.0"
}
