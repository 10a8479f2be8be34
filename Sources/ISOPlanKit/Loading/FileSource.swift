#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func posixRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buf, n)
    #else
    return Darwin.read(fd, buf, n)
    #endif
}

/// Where plan files come from: the disk, or memory in tests.
public protocol FileSource: Sendable {
    /// What kind of entry `path` is.
    func kind(of path: String) -> FileKind
    /// The names in a folder (unsorted), or nil when it cannot be read.
    func entries(of folder: String) -> [String]?
    /// The bytes of a file, or a reason it cannot be read. Files over `limit` bytes are not
    /// read: their size comes back instead.
    func read(_ path: String, limit: Int) -> FileRead
}

/// The kind of a path.
public enum FileKind: Sendable, Equatable {
    case file, folder, missing, other
}

/// The outcome of reading a file.
public enum FileRead: Sendable {
    case bytes([UInt8])
    case tooLarge(Int)
    case failed(String)
}

/// The local file system, through POSIX calls.
public struct LocalFileSystem: FileSource {
    public init() {}

    public func kind(of path: String) -> FileKind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// True when `path` is a symbolic link (symlinked folders are not walked, so no loops).
    func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    public func entries(of folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            if isSymlink(folder + "/" + name), kind(of: folder + "/" + name) == .folder { continue }
            names.append(name)
        }
        return names
    }

    public func read(_ path: String, limit: Int) -> FileRead {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        let size = Int(st.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + got, size - got) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            got += n
        }
        if got < size { bytes.removeLast(size - got) }
        return .bytes(bytes)
    }
}
