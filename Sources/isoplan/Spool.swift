import ISOPlanKit
#if canImport(Glibc)
import Glibc
#endif

/// A nameless temporary file for output that must be reordered before it is written:
/// pieces go in as they are made, and come out in any order, so memory holds none of them.
///
/// Small pieces are gathered in memory and written a megabyte at a time, and read back a
/// megabyte at a time, so a run of 10,000 small pieces makes a few dozen system calls rather
/// than two per piece.
final class Spool: CheckPieceStore {
    private let fd: Int32
    /// Bytes stored so far (written to the file or waiting in `pending`).
    private var size = 0
    /// Bytes not written to the file yet: they follow its first `size - pending.count` bytes.
    private var pending: [UInt8] = []
    /// Bytes read ahead from the file, starting at `cacheOffset`.
    private var cache: [UInt8] = []
    private var cacheOffset = 0
    /// How much is gathered or read ahead at a time.
    static let chunk = 1 << 20

    /// Opens a temporary file in TMPDIR (else /tmp) and removes its name at once.
    init?() {
        let dir = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((dir + "/isoplan-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends bytes; returns where they are, or nil when the disk refused them.
    /// One part of a document written out of the spool: stored bytes, or bytes made anew.
    enum Part {
        case stored(offset: Int, count: Int)
        case bytes([UInt8])
    }

    /// Writes `head`, the parts in order with `separator` between them, then `tail`, to
    /// standard output; false when a write (or a read of the spool) failed.
    func writeDocument(head: [UInt8], _ parts: [Part], separator: [UInt8], tail: [UInt8]) -> Bool {
        var ok = Self.write(head, head.count)
        for (k, part) in parts.enumerated() where ok {
            if k > 0, !separator.isEmpty { ok = Self.write(separator, separator.count) }
            switch part {
            case .stored(let offset, let count): ok = ok && copy(offset: offset, count: count)
            case .bytes(let bytes): ok = ok && Self.write(bytes, bytes.count)
            }
        }
        return ok && Self.write(tail, tail.count)
    }

    /// Stores bytes; returns where they are, or nil when the disk refused them (then or
    /// earlier bytes gathered with them).
    func append(_ bytes: [UInt8]) -> (offset: Int, count: Int)? {
        let offset = size
        if pending.count + bytes.count > Self.chunk {
            guard flush() else { return nil }
        }
        if bytes.count >= Self.chunk {
            guard writeAll(bytes, at: offset) else { return nil }
        } else {
            pending += bytes
        }
        size += bytes.count
        return (offset, bytes.count)
    }

    /// Writes the gathered bytes to the file; false when the disk refused them.
    func finishWriting() -> Bool { flush() }

    private func flush() -> Bool {
        guard !pending.isEmpty else { return true }
        let ok = writeAll(pending, at: size - pending.count)
        pending.removeAll(keepingCapacity: true)
        return ok
    }

    private func writeAll(_ bytes: [UInt8], at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// A stored piece; nil when it could not be read back.
    func read(offset: Int, count: Int) -> [UInt8]? {
        guard flush() else { return nil }
        if offset < cacheOffset || offset + count > cacheOffset + cache.count {
            // Read ahead from here: pieces are mostly read in the order they were stored.
            let want = min(max(count, Self.chunk), size - offset)
            guard want >= count, let bytes = readFile(offset: offset, count: want) else { return nil }
            cache = bytes
            cacheOffset = offset
        }
        let from = offset - cacheOffset
        return Array(cache[from..<(from + count)])
    }

    private func readFile(offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// Copies a stored piece to standard output.
    func copy(offset: Int, count: Int, to out: Int32 = STDOUT_FILENO) -> Bool {
        guard flush() else { return false }
        var buffer = [UInt8](repeating: 0, count: min(count, 1 << 20))
        var done = 0
        while done < count {
            let want = min(buffer.count, count - done)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0, Self.write(buffer, n, to: out) else { return false }
            done += n
        }
        return true
    }

    /// Writes the first `n` bytes of `bytes` to `out`, all of them.
    static func write(_ bytes: [UInt8], _ n: Int, to out: Int32 = STDOUT_FILENO) -> Bool {
        var done = 0
        while done < n {
            let w = bytes.withUnsafeBytes { Glibc.write(out, $0.baseAddress! + done, n - done) }
            if w < 0 && errno == EINTR { continue }
            guard w > 0 else {
                if out == STDOUT_FILENO { OutputFailure.record(w < 0 ? errno : EIO) }
                return false
            }
            done += w
        }
        return true
    }
}

/// Standard output through a buffer of about a megabyte, so many small pieces make few writes.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private var ok = true

    /// Adds bytes, writing the buffer out when it is full; false once a write failed.
    mutating func write(_ more: [UInt8]) -> Bool {
        bytes += more
        if bytes.count >= 1 << 20 { return flush() }
        return ok
    }

    /// Writes out what is buffered; false when a write failed.
    mutating func flush() -> Bool {
        if ok && !bytes.isEmpty { ok = Spool.write(bytes, bytes.count) }
        bytes.removeAll(keepingCapacity: true)
        return ok
    }
}
