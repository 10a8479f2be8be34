/// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same UUID,
/// with no host, user or clock in it. Used for iCalendar UIDs (RFC 7986 §5.3).
enum NameBasedUUID {
    /// The RFC's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                        0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// The version-5 UUID of `name` in `namespace`, lower-case with dashes.
    static func make(_ name: String, namespace: [UInt8] = urlNamespace) -> String {
        var out: [UInt8] = []
        make(name, namespace: namespace, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `make(name)` written as 36 ASCII bytes at the end of `out`.
    static func make(_ name: String, namespace: [UInt8] = urlNamespace, into out: inout [UInt8]) {
        var message = namespace
        ByteText.append(name, to: &message)
        var h = SHA1.digest(message)
        h[6] = (h[6] & 0x0F) | 0x50
        h[8] = (h[8] & 0x3F) | 0x80
        for i in 0..<16 {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(0x2D) }
            out.append(hexDigit(h[i] >> 4))
            out.append(hexDigit(h[i] & 0x0F))
        }
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}

/// SHA-1 (FIPS 180-4), only for name-based UUIDs: not for security.
enum SHA1 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)
        let n = message.count
        // The message, 0x80, zeros, and its length in bits (8 bytes, big-endian): whole blocks.
        let blocks = (n + 8) / 64 + 1, end = blocks * 64
        let bitLength = UInt64(n) * 8
        message.withUnsafeBufferPointer { m in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
                func byte(_ p: Int) -> UInt32 {
                    if p < n { return UInt32(m[p]) }
                    if p == n { return 0x80 }
                    if p >= end - 8 { return UInt32((bitLength >> UInt64((end - 1 - p) * 8)) & 0xFF) }
                    return 0
                }
                for block in 0..<blocks {
                    let base = block * 64
                    for i in 0..<16 {
                        let b = base + i * 4
                        if b + 3 < n {
                            w[i] = UInt32(m[b]) << 24 | UInt32(m[b + 1]) << 16 | UInt32(m[b + 2]) << 8 | UInt32(m[b + 3])
                        } else {
                            w[i] = byte(b) << 24 | byte(b + 1) << 16 | byte(b + 2) << 8 | byte(b + 3)
                        }
                    }
                    for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
                    var (a, b, c, d, e) = h
                    for i in 0..<20 {
                        let t = rotl(a, 5) &+ ((b & c) | (~b & d)) &+ e &+ 0x5A827999 &+ w[i]
                        (e, d, c, b, a) = (d, c, rotl(b, 30), a, t)
                    }
                    for i in 20..<40 {
                        let t = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0x6ED9EBA1 &+ w[i]
                        (e, d, c, b, a) = (d, c, rotl(b, 30), a, t)
                    }
                    for i in 40..<60 {
                        let t = rotl(a, 5) &+ ((b & c) | (b & d) | (c & d)) &+ e &+ 0x8F1BBCDC &+ w[i]
                        (e, d, c, b, a) = (d, c, rotl(b, 30), a, t)
                    }
                    for i in 60..<80 {
                        let t = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0xCA62C1D6 &+ w[i]
                        (e, d, c, b, a) = (d, c, rotl(b, 30), a, t)
                    }
                    h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for v in [h.0, h.1, h.2, h.3, h.4] {
            out.append(UInt8(v >> 24)); out.append(UInt8(v >> 16 & 0xFF)); out.append(UInt8(v >> 8 & 0xFF)); out.append(UInt8(v & 0xFF))
        }
        return out
    }

    @inline(__always)
    static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
