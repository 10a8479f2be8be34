/// Maps task ids to plan indices with open addressing and an FNV-1a hash of the id's UTF-8.
///
/// The standard `Dictionary` hashes with a seeded SipHash, the slowest part of scheduling a
/// 100,000-task plan; ids are short, trusted, local strings, so a plain hash serves.
struct TaskIDTable {
    private var slots: [Int32]
    private let mask: Int
    private let ids: [String]

    /// An empty table for these ids; `insert` adds them by index.
    init(_ ids: [String]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        self.ids = ids
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
    }

    /// Adds `ids[i]`; false when the id is already present.
    mutating func insert(_ i: Int) -> Bool {
        var h = Self.hash(ids[i]) & mask
        while slots[h] >= 0 {
            if ids[Int(slots[h])] == ids[i] { return false }
            h = (h + 1) & mask
        }
        slots[h] = Int32(i)
        return true
    }

    /// The plan index of the first task with this id.
    func index(of id: String) -> Int? {
        var h = Self.hash(id) & mask
        while slots[h] >= 0 {
            let i = Int(slots[h])
            if ids[i] == id { return i }
            h = (h + 1) & mask
        }
        return nil
    }

    static func hash(_ s: String) -> Int {
        func fnv<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
        let h = s.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(s.utf8)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
