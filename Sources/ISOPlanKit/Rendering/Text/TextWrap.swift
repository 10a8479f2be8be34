/// Word wrapping by displayed width (see `TextWidth`), the one wrapping every product uses.
enum TextWrap {
    /// Breaks `text` into lines of at most `width` columns at spaces. The first line starts with
    /// `first`, the following ones with `indent`; a word longer than a line is cut after its last
    /// `/` or `-` that fits (a path or an id: `…/agencies/` `ba-ria-vung-tau/…`), else at grapheme
    /// boundaries (never dropped or shortened). Always returns at least one line.
    static func wrap(_ text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        let width = max(1, width)
        if let lines = simpleWrap(text, width: width, first: first, indent: indent) { return lines }
        return characterWrap(text, width: width, first: first, indent: indent)
    }

    /// `wrap` by characters, for any text.
    static func characterWrap(_ text: String, width: Int, first: String, indent: String) -> [String] {
        let width = max(1, width)
        let indentWidth = TextWidth.of(indent)
        var lines: [String] = []
        var line = first
        var used = TextWidth.of(first)
        var hasWord = false
        for word in words(text) {
            var rest = word
            var w = TextWidth.of(rest)
            if hasWord && used + 1 + w <= width {
                line += " " + rest
                used += 1 + w
                continue
            }
            if hasWord { lines.append(line); line = indent; used = indentWidth }
            while used + w > width && !rest.isEmpty {
                let (head, tail) = wordSplit(rest, at: width - used)
                lines.append(line + head)
                line = indent
                used = indentWidth
                rest = tail
                w = TextWidth.of(rest)
            }
            line += rest
            used += w
            hasWord = true
        }
        lines.append(line)
        return lines
    }

    /// The words of `text` between spaces. When every scalar is a character of its own (see
    /// `TextWidth.simpleWidth`) the split is made on the UTF-8 bytes, the same words faster.
    static func words(_ text: String) -> [String] {
        guard TextWidth.simpleWidth(text) != nil else {
            return text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        return text.utf8.split(separator: 0x20, omittingEmptySubsequences: true).map { String(Substring($0)) }
    }

    /// Wraps `text` after `first` (e.g. `"  - "`), indenting the following lines to the
    /// same width so that the text forms a hanging block.
    static func hanging(_ text: String, first: String, width: Int) -> [String] {
        wrap(text, width: width, first: first, indent: String(repeating: " ", count: TextWidth.of(first)))
    }

    /// `split`, the head ending after its last `/` or `-` when one follows its first character
    /// and the head is not the whole of `s`.
    static func wordSplit(_ s: String, at width: Int) -> (String, String) {
        let (head, tail) = split(s, at: width)
        guard !tail.isEmpty, let cut = head.dropFirst().lastIndex(where: { $0 == "/" || $0 == "-" }) else {
            return (head, tail)
        }
        let end = head.index(after: cut)
        return (String(head[..<end]), String(head[end...]) + tail)
    }

    /// The longest prefix of `s` that fits `width` columns (at least one character), and the rest.
    static func split(_ s: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = s.startIndex
        while index < s.endIndex {
            let w = TextWidth.of(s[index])
            if used + w > width && !head.isEmpty { break }
            head.append(s[index])
            used += w
            index = s.index(after: index)
        }
        return (head, String(s[index...]))
    }

    /// `wrap` on the UTF-8 bytes, when every scalar of `text`, `first` and `indent` is a
    /// character of its own (see `TextWidth.simpleWidth`) and `text` has no carriage return:
    /// words, widths and cuts are then the same counted by scalars, without finding character
    /// boundaries. Nil otherwise.
    static func simpleWrap(_ text: String, width: Int, first: String, indent: String) -> [String]? {
        var text = text, indent = indent
        guard let firstWidth = TextWidth.simpleWidth(first), let indentWidth = TextWidth.simpleWidth(indent),
              text.withUTF8({ isSimple($0) }) else { return nil }
        var out = Array(first.utf8), breaks: [Int] = []
        text.withUTF8 { bytes in
            indent.withUTF8 { indentBytes in
                wrapBytes(bytes, width: width, used: firstWidth, indent: indentBytes, indentWidth: indentWidth,
                          into: &out, breaks: &breaks)
            }
        }
        // Each break is a newline byte the wrapping wrote: the lines lie between them.
        var lines: [String] = [], from = 0
        for b in breaks {
            lines.append(String(decoding: out[from..<b], as: UTF8.self))
            from = b + 1
        }
        lines.append(String(decoding: out[from...], as: UTF8.self))
        return lines
    }

    /// `wrap(text, ...)` joined by newlines and ended by one, appended to `out` as UTF-8. The
    /// first line starts with `lead` in place of `first` when given (e.g. `first` coloured:
    /// `first` still counts for the width). On the bytes when `simpleWrap` would be used:
    /// no line is made as a `String`.
    static func wrap(_ text: String, width: Int, first: String, indent: String, lead: String? = nil,
                     into out: inout [UInt8]) {
        let width = max(1, width)
        var text = text, indent = indent
        guard let firstWidth = TextWidth.simpleWidth(first), let indentWidth = TextWidth.simpleWidth(indent),
              text.withUTF8({ isSimple($0) }) else {
            var lines = characterWrap(text, width: width, first: first, indent: indent)
            if let lead { lines[0] = lead + lines[0].dropFirst(first.count) }
            for line in lines { ByteText.append(line, to: &out); out.append(0x0A) }
            return
        }
        ByteText.append(lead ?? first, to: &out)
        var breaks: [Int] = []
        text.withUTF8 { bytes in
            indent.withUTF8 { indentBytes in
                wrapBytes(bytes, width: width, used: firstWidth, indent: indentBytes, indentWidth: indentWidth,
                          into: &out, breaks: &breaks)
            }
        }
        out.append(0x0A)
    }

    /// The wrapping of `simpleWrap` and `wrap(into:)`: appends the words of `bytes` to `out`,
    /// whose current line already takes `used` columns; each line break is a newline byte
    /// followed by `indent`, and the newline's offset in `out` is appended to `breaks`.
    static func wrapBytes(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, used firstWidth: Int,
                          indent: UnsafeBufferPointer<UInt8>, indentWidth: Int,
                          into out: inout [UInt8], breaks: inout [Int]) {
        func newLine() {
            breaks.append(out.count)
            out.append(0x0A)
            out.append(contentsOf: indent)
        }
        let n = bytes.count
        var used = firstWidth
        var hasWord = false
        var i = 0
        while i < n {
            if bytes[i] == 0x20 { i += 1; continue }
            var end = i
            while end < n && bytes[end] != 0x20 { end += 1 }
            var start = i
            var w = simpleColumns(bytes, start, end)
            i = end
            if hasWord && used + 1 + w <= width {
                out.append(0x20)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                used += 1 + w
                continue
            }
            if hasWord { newLine(); used = indentWidth }
            while used + w > width && start < end {
                // The longest head that fits what is left of the line, at least one scalar.
                let room = width - used
                var k = start, headUsed = 0
                while k < end {
                    let (length, columns) = simpleScalar(bytes, k)
                    if headUsed + columns > room && k > start { break }
                    headUsed += columns
                    k += length
                }
                // A word cut in two breaks after its last `/` or `-` that fits, as `wordSplit`.
                if k < end, let cut = (start + 1..<k).last(where: { bytes[$0] == 0x2F || bytes[$0] == 0x2D }) {
                    k = cut + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<k]))
                newLine()
                used = indentWidth
                start = k
                w = simpleColumns(bytes, start, end)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            used += w
            hasWord = true
        }
    }

    /// True when `bytes` (valid UTF-8) has no carriage return and `TextWidth.simpleWidth` of
    /// its text is not nil: every scalar below U+0300, in U+1E00–U+1EFF, U+2010–U+2027 or
    /// U+2030–U+205E. Checked on the bytes, without decoding scalars.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains(0x0D) && TextWidth.simpleWidth(utf8: bytes) != nil
    }

    /// The byte length and columns of the scalar starting at `bytes[k]`, in text where every
    /// scalar is one column wide but the controls (C0, DEL, C1), which take none.
    @inline(__always)
    static func simpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> (length: Int, columns: Int) {
        let b = bytes[k]
        if b < 0x80 { return (1, b < 0x20 || b == 0x7F ? 0 : 1) }
        if b < 0xE0 { return (2, b == 0xC2 && bytes[k + 1] < 0xA0 ? 0 : 1) }
        return (b < 0xF0 ? 3 : 4, 1)
    }

    /// The columns of `bytes[start..<end]` (whole scalars), counted as `simpleScalar` does.
    static func simpleColumns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var k = start, n = 0
        while k < end {
            let (length, columns) = simpleScalar(bytes, k)
            n += columns
            k += length
        }
        return n
    }
}
