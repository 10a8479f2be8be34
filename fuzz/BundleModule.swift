// Stands in for the `Bundle.module` accessor SwiftPM generates, when fuzz/run.sh compiles the
// ISOPlanKit sources directly with swiftc.
import Foundation

extension Bundle {
    static let module = Bundle.main
}
