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
    /// The names in a folder with their kinds (unsorted), or nil when it cannot be read.
    /// Default: `entries(of:)`, then `kind(of:)` for each.
    func kinds(in folder: String) -> [(name: String, kind: FileKind)]?
    /// The bytes of a file, or a reason it cannot be read. Files over `limit` bytes are not
    /// read: their size comes back instead.
    func read(_ path: String, limit: Int) -> FileRead
    /// What makes two paths the same file (`a.yaml`, `./x/../a.yaml`, `/abs/a.yaml`), or nil
    /// when the source cannot tell. Default: nil.
    func identity(of path: String) -> String?
}

extension FileSource {
    public func identity(of path: String) -> String? { nil }

    /// The entries of a folder with their kinds, as `kind(of:)` says for each.
    public func kinds(in folder: String) -> [(name: String, kind: FileKind)]? {
        entries(of: folder)?.map { ($0, kind(of: Discovery.join(folder == "." ? "" : folder, $0))) }
    }
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

    public func identity(of path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return "\(st.st_dev):\(st.st_ino)"
    }

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
        kinds(in: folder)?.map(\.name)
    }

    /// The entries with their kinds, mostly from the directory itself (`d_type`): a regular
    /// file or folder costs no `stat`; links and unknown types are asked about.
    public func kinds(in folder: String) -> [(name: String, kind: FileKind)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var out: [(name: String, kind: FileKind)] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let path = Discovery.join(folder == "." ? "" : folder, name)
            switch Int32(e.pointee.d_type) {
            case Int32(DT_REG): out.append((name, .file))
            case Int32(DT_DIR): out.append((name, .folder))
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): out.append((name, .other))
            default:
                let kind = kind(of: path)
                if kind == .folder && isSymlink(path) { continue }
                out.append((name, kind))
            }
        }
        return out
    }

    public func read(_ path: String, limit: Int) -> FileRead {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        let size = Int(st.st_size)
        if size > limit { return .tooLarge(size) }
        // Read straight into the array's storage, not zeroed first.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, got in
            while got < size {
                let n = posixRead(fd, buffer.baseAddress! + got, size - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                got += n
            }
        }
        if failure != 0 { return .failed(String(cString: strerror(failure))) }
        return .bytes(bytes)
    }
}
