import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers only ever see the old file or the complete new one: the
/// text goes to a temporary file in the same folder, which is then renamed (or hard-linked,
/// when the target must not be replaced) into place.
enum AtomicFile {
    enum Outcome: Equatable {
        case written
        /// The target exists and `replace` was false; nothing was changed.
        case exists
        /// The system's error number.
        case failed(Int32)
    }

    static func write(_ text: String, to path: String, replace: Bool) -> Outcome {
        if !replace && FileManager.default.fileExists(atPath: path) { return .exists }
        let target = URL(fileURLWithPath: path)
        let temp = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        if let problem = writeNew(Array(text.utf8), at: temp.path) { return .failed(problem) }
        defer { unlink(temp.path) }
        if replace {
            return rename(temp.path, path) == 0 ? .written : .failed(errorText())
        }
        // link() fails with EEXIST instead of replacing a file created meanwhile.
        if link(temp.path, path) == 0 { return .written }
        if errno == EEXIST { return .exists }
        if FileManager.default.fileExists(atPath: path) { return .exists }
        return rename(temp.path, path) == 0 ? .written : .failed(errorText())
    }

    /// Creates `path` (which must not exist), writes `bytes` and flushes them to disk.
    private static func writeNew(_ bytes: [UInt8], at path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard fd >= 0 else { return errorText() }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let problem = errorText()
                close(fd)
                unlink(path)
                return problem
            }
            offset += n
        }
        let synced = fsync(fd) == 0
        let problem = synced ? nil : errorText()
        close(fd)
        if problem != nil { unlink(path) }
        return problem
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    private static func errorText() -> Int32 { errno }
}
